import type { AppContext } from '../context';
import type { Route } from '../http/routes';
import { apiKeyRoutes } from './api-keys';
import { artifactRoutes } from './artifacts';
import { authRoutes } from './auth';
import { eventRoutes } from './events';
import { notifyRoutes } from './notify';
import { healthRoutes } from './health';
import { leadRoutes } from './leads';
import { importRoutes } from './imports';
import { jobRoutes } from './jobs';
import { leadSourceRoutes } from './lead-sources';
import { webhookRoutes } from './webhooks';
import { leadTimelineRoutes } from './lead-timeline';
import { userRoutes } from './users';
import { leadActivityRoutes } from './lead-activity';
import { boardRoutes } from './board';
import { simulateRoutes } from './simulate';
import { extractRoutes } from './extract';
import { battleReportRoutes } from './battle-report';
import { formRoutes } from './forms';
import { forecastRoutes } from './forecast';
import { signalRoutes } from './signals';
import { calibrationRoutes } from './calibration';
import { paymentCycleRoutes } from './payment-cycles';
import { opportunityRoutes } from './opportunities';
import { ticketRoutes } from './tickets';
import { reviewRoutes } from './reviews';
import { knowledgeRoutes } from './knowledge';
import { reportRoutes } from './reports';
import { scorecardRoutes } from './scorecard';

/** Every API route (paths relative to /api). The permission tests walk this list. */
export const apiRoutes = (ctx: AppContext): Route[] => [
  ...healthRoutes(ctx),
  ...authRoutes(ctx),
  ...leadRoutes(ctx),
  ...leadTimelineRoutes(ctx),
  ...artifactRoutes(ctx),
  ...simulateRoutes(ctx),
  ...formRoutes(ctx),
  ...userRoutes(ctx),
  ...apiKeyRoutes(ctx),
  ...eventRoutes(ctx),
  ...notifyRoutes(ctx),
  ...leadActivityRoutes(ctx),
  ...boardRoutes(ctx),
  ...extractRoutes(ctx),
  ...battleReportRoutes(ctx),
  ...importRoutes(ctx),
  ...jobRoutes(ctx),
  ...leadSourceRoutes(ctx),
  ...webhookRoutes(ctx),
  ...signalRoutes(ctx), // F1–F3
  ...forecastRoutes(ctx), // F4
  ...calibrationRoutes(ctx), // F5
  ...paymentCycleRoutes(ctx), // F6
  ...opportunityRoutes(ctx), // C1, C4, C5
  ...ticketRoutes(ctx), // C3
  ...reviewRoutes(ctx), // C5
  ...knowledgeRoutes(ctx), // C3
  ...reportRoutes(ctx), // C6
  ...scorecardRoutes(ctx), // L3/F7 scorecard suggestion
];

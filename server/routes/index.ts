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

/** Every API route (paths relative to /api). The permission tests walk this list. */
export const apiRoutes = (ctx: AppContext): Route[] => [
  ...healthRoutes(ctx),
  ...authRoutes(ctx),
  ...leadRoutes(ctx),
  ...leadTimelineRoutes(ctx),
  ...artifactRoutes(ctx),
  ...simulateRoutes(ctx),
  ...userRoutes(ctx),
  ...apiKeyRoutes(ctx),
  ...eventRoutes(ctx),
  ...notifyRoutes(ctx),
  ...leadActivityRoutes(ctx),
  ...boardRoutes(ctx),
  ...importRoutes(ctx),
  ...jobRoutes(ctx),
  ...leadSourceRoutes(ctx),
  ...webhookRoutes(ctx),
];

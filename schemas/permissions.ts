// MISSION.md S2: roles decide who sees and edits what. This table is the single source of
// truth: the server's guard enforces it (server/auth), the UI reads a user's permissions from
// GET /api/me, and tests walk every role × every route against it.
import { ARTIFACT_KINDS, type ArtifactKind } from './registry';
import type { Role } from './types.gen';

export type Permission =
  | 'leads:read:all'
  | 'leads:read:team'
  | 'leads:read:own'
  | 'leads:create'
  | 'artifacts:read'
  | `artifacts:edit:${ArtifactKind}`
  | 'users:read'
  | 'users:manage'
  | 'apikeys:manage'
  | 'leadsources:manage'
  | 'notify:manage'
  /** Tick morning-agenda items off (L8). */
  | 'agenda:manage'
  /** Opportunities visible to the user: all, their team's, or their own (C1, F4). */
  | 'opportunities:read:all'
  | 'opportunities:read:team'
  | 'opportunities:read:own'
  /** Create opportunities, move stages, fill requirement forms, tick sales milestones (C1, C4). */
  | 'opportunities:edit'
  /** Fill the delivery pre-assessment and tick delivery milestones (C4, C5). */
  | 'opportunities:assess'
  /** Decide a circuit-breaker review: approve to unfreeze (C5). */
  | 'reviews:decide'
  /** Answer pre-check tickets with a feasibility verdict (C3). */
  | 'tickets:answer'
  /** Maintain the product knowledge base (C3); everyone signed in may read it. */
  | 'knowledge:manage'
  /** Record buying signals on deals (F2). */
  | 'signals:record'
  /** The forecast, calibration and payment-cycle views, scoped like opportunities (F4, F5, F6). */
  | 'forecast:read'
  /** Import historical deals and payment cycles, run backtests and scorecard fits (F6, F7). */
  | 'forecast:manage';

const edit = (...kinds: ArtifactKind[]) => kinds.map((k) => `artifacts:edit:${k}` as const);

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  director: [
    'leads:read:all',
    'leads:create',
    'artifacts:read',
    ...edit('grading-rules', 'assignment-policy', 'sla-policy', 'board-policy', 'kpi-scheme'),
    'users:read',
    'apikeys:manage',
    'leadsources:manage',
    'notify:manage',
    'agenda:manage',
    'opportunities:read:all',
    'opportunities:edit',
    'reviews:decide',
    'signals:record',
    'forecast:read',
    'forecast:manage',
  ],
  manager: [
    'leads:read:team',
    'leads:create',
    'artifacts:read',
    'users:read',
    'agenda:manage',
    'opportunities:read:team',
    'opportunities:edit',
    'reviews:decide',
    'signals:record',
    'forecast:read',
  ],
  rep: [
    'leads:read:own',
    'leads:create',
    'artifacts:read',
    'opportunities:read:own',
    'opportunities:edit',
    'signals:record',
    'forecast:read',
  ],
  delivery: [
    'artifacts:read',
    ...edit('form-template', 'stage-gates'),
    'opportunities:read:all',
    'opportunities:assess',
    'reviews:decide',
    'tickets:answer',
    'knowledge:manage',
  ],
  consultant: ['artifacts:read', 'opportunities:read:all', 'tickets:answer', 'knowledge:manage'],
  finance: [
    'artifacts:read',
    ...edit('signal-model'),
    'opportunities:read:all',
    'forecast:read',
    'forecast:manage',
  ],
  admin: [
    'leads:read:all',
    'leads:create',
    'artifacts:read',
    ...edit(...ARTIFACT_KINDS),
    'users:read',
    'users:manage',
    'apikeys:manage',
    'leadsources:manage',
    'notify:manage',
    'agenda:manage',
    'opportunities:read:all',
    'opportunities:edit',
    'opportunities:assess',
    'reviews:decide',
    'tickets:answer',
    'knowledge:manage',
    'signals:record',
    'forecast:read',
    'forecast:manage',
  ],
};

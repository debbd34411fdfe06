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
  | 'agenda:manage';

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
  ],
  manager: ['leads:read:team', 'leads:create', 'artifacts:read', 'users:read', 'agenda:manage'],
  rep: ['leads:read:own', 'leads:create', 'artifacts:read'],
  delivery: ['artifacts:read', ...edit('form-template', 'stage-gates')],
  consultant: ['artifacts:read'],
  finance: ['artifacts:read', ...edit('signal-model')],
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
  ],
};

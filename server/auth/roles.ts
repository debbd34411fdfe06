// MISSION.md S2: roles decide who sees and edits what. This table is the single source of
// truth; routes name a permission, and tests walk every role × every route against it.
import { ARTIFACT_KINDS, ROLES, type ArtifactKind, type Role } from '../../schemas';

export { ROLES };
export type { Role };
export const isRole = (v: unknown): v is Role => ROLES.includes(v as Role);

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

/** Scopes an API key may carry (machine clients such as lead sources). */
export const API_KEY_SCOPES = ['leads:create'] as const satisfies readonly Permission[];

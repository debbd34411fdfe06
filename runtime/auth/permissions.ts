import type { ArtifactKind, Role, Session } from '../api/types';
import { ARTIFACT_KINDS } from '../api/types';

export function can(session: Session | null | undefined, permission: string): boolean {
  return Boolean(session?.permissions.includes(permission));
}

export function canEditKind(session: Session | null | undefined, kind: ArtifactKind): boolean {
  return can(session, `artifacts:edit:${kind}`);
}

/** Sees other people's leads (a director or admin everyone's, a manager their team's). */
export function seesOthersLeads(session: Session | null | undefined): boolean {
  return can(session, 'leads:read:all') || can(session, 'leads:read:team');
}

/** Where a role lands after login and on `/`. */
export function homePath(session: Session): string {
  // A rep's day is the workbench; managers and directors start in their war room (board, agenda,
  // escalations, the team's battle report); configuring roles on the artefacts they own.
  if (!seesOthersLeads(session) && can(session, 'leads:read:own')) return '/workbench';
  return '/home';
}

const ROLE_KINDS: Record<Role, readonly ArtifactKind[]> = {
  director: ['grading-rules', 'assignment-policy', 'kpi-scheme', 'board-policy'],
  manager: ['assignment-policy', 'sla-policy', 'board-policy'],
  rep: [],
  delivery: ['form-template', 'stage-gates'],
  consultant: ['form-template', 'signal-model'],
  finance: ['signal-model', 'kpi-scheme'],
  admin: ARTIFACT_KINDS,
};

/** The artefact kinds a user works with: those they may edit, else their role's usual ones. */
export function relevantKinds(session: Session): ArtifactKind[] {
  const editable = ARTIFACT_KINDS.filter((k) => canEditKind(session, k));
  return editable.length > 0 ? editable : [...ROLE_KINDS[session.user.role]];
}

export type MenuKey =
  | 'workbench'
  | 'leads'
  | 'import'
  | 'board'
  | 'agenda'
  | 'kpis'
  | 'home'
  | 'studio'
  | 'settings'
  | OpportunityMenuKey
  | 'forecast'
  | 'calibration';

/** Collaboration pages (C1–C6): opportunities, pre-check inbox, freeze reviews, distortion report. */
export type OpportunityMenuKey = 'opportunities' | 'tickets' | 'reviews' | 'distortion';

export const OPPORTUNITY_READ = [
  'opportunities:read:own',
  'opportunities:read:team',
  'opportunities:read:all',
];
export const OPPORTUNITY_READ_OTHERS = ['opportunities:read:team', 'opportunities:read:all'];

function opportunityMenuKeys(session: Session): OpportunityMenuKey[] {
  const keys: OpportunityMenuKey[] = [];
  if (OPPORTUNITY_READ.some((p) => can(session, p))) keys.push('opportunities', 'reviews');
  if (can(session, 'tickets:answer')) keys.push('tickets');
  if (OPPORTUNITY_READ_OTHERS.some((p) => can(session, p))) keys.push('distortion');
  return keys;
}

/** The permissions behind the settings page's tabs (lead sources, robots, API keys). */
export const SETTINGS_PERMISSIONS = ['leadsources:manage', 'notify:manage', 'apikeys:manage'];

/** The side-menu entries of a session, in display order. */
export function menuKeys(session: Session): MenuKey[] {
  const keys: MenuKey[] = [];
  const all = seesOthersLeads(session);
  if (!all && can(session, 'leads:read:own')) keys.push('workbench');
  else keys.push('home');
  if (all) keys.push('leads');
  if (can(session, 'leads:create')) keys.push('import');
  if (all) keys.push('board', 'agenda', 'kpis');
  keys.push(...opportunityMenuKeys(session));
  if (can(session, 'forecast:read')) keys.push('forecast', 'calibration');
  if (can(session, 'artifacts:read')) keys.push('studio');
  if (SETTINGS_PERMISSIONS.some((p) => can(session, p))) keys.push('settings');
  return keys;
}

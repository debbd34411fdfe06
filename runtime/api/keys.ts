import type { ArtifactKind, LeadFilters } from './types';

/** Every react-query key the UI uses, in one place so invalidation stays consistent. */
export const queryKeys = {
  me: ['me'] as const,
  leads: (filters: LeadFilters = {}) => ['leads', filters] as const,
  leadsAll: ['leads'] as const,
  lead: (id: string) => ['lead', id] as const,
  leadAll: ['lead'] as const,
  timeline: (id: string) => ['lead', id, 'timeline'] as const,
  touches: (id: string) => ['lead', id, 'touches'] as const,
  proposals: (id: string) => ['lead', id, 'proposals'] as const,
  job: (id: string) => ['job', id] as const,
  board: ['board'] as const,
  agenda: (date?: string) => ['agenda', date ?? 'next'] as const,
  agendaAll: ['agenda'] as const,
  kpis: (period?: string) => ['kpis', period ?? 'current'] as const,
  kpisAll: ['kpis'] as const,
  leadSources: ['settings', 'lead-sources'] as const,
  notifyChannels: ['settings', 'notify-channels'] as const,
  notifications: ['settings', 'notifications'] as const,
  apiKeys: ['settings', 'api-keys'] as const,
  artifacts: (kind?: ArtifactKind) => ['artifacts', kind ?? 'all'] as const,
  artifact: (id: string) => ['artifact', id] as const,
  artifactVersions: (id: string) => ['artifact', id, 'versions'] as const,
};

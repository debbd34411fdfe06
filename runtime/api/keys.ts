import type { ArtifactKind, LeadFilters } from './types';

/** Every react-query key the UI uses, in one place so invalidation stays consistent. */
export const queryKeys = {
  me: ['me'] as const,
  leads: (filters: LeadFilters = {}) => ['leads', filters] as const,
  leadsAll: ['leads'] as const,
  lead: (id: string) => ['lead', id] as const,
  artifacts: (kind?: ArtifactKind) => ['artifacts', kind ?? 'all'] as const,
  artifact: (id: string) => ['artifact', id] as const,
  artifactVersions: (id: string) => ['artifact', id, 'versions'] as const,
};

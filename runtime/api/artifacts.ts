import { useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type { ArtifactDetail, ArtifactKind, ArtifactSummary, ArtifactVersion } from './types';

export function useArtifacts(kind?: ArtifactKind) {
  return useQuery({
    queryKey: queryKeys.artifacts(kind),
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: ArtifactSummary[] }>('/api/artifacts', { query: { kind }, signal })).items,
  });
}

export function useArtifact(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.artifact(id ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<ArtifactDetail>(`/api/artifacts/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useArtifactVersions(id: string | undefined) {
  return useQuery({
    queryKey: queryKeys.artifactVersions(id ?? ''),
    queryFn: async ({ signal }) =>
      (
        await apiFetch<{ items: ArtifactVersion[] }>(
          `/api/artifacts/${encodeURIComponent(id ?? '')}/versions`,
          { signal },
        )
      ).items,
    enabled: Boolean(id),
  });
}

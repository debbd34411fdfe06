// The studio's server calls (react-query), over runtime's API client.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, queryKeys, type ArtifactDetail } from '../runtime';

/** `GET /api/artifacts/:id` also carries the latest draft, when there is one. */
export interface EditableArtifact extends ArtifactDetail {
  draft?: { version: number; content: unknown } | null;
}

export interface VersionContent {
  version: number;
  state: 'draft' | 'published' | 'retired';
  note: string | null;
  content: unknown;
}

export interface SimulationChange {
  leadId: string;
  from: 'A' | 'B' | 'C' | 'D';
  to: 'A' | 'B' | 'C' | 'D';
  scoreFrom?: number;
  scoreTo?: number;
  name?: string;
  rulesFired?: { added: string[]; removed: string[] };
}

export interface SimulationResult {
  kind: 'grading-rules' | 'assignment-policy';
  evaluated: number;
  before: Record<'A' | 'B' | 'C' | 'D', number>;
  after: Record<'A' | 'B' | 'C' | 'D', number>;
  changed: SimulationChange[];
  changedTotal?: number;
  publishedVersion?: number | null;
  load?: { ownerId: string | null; name: string | null; before: number; after: number }[];
  ms?: { load: number; total: number };
}

export function useVersionContent(id: string, version: number | null) {
  return useQuery({
    queryKey: ['artifact', id, 'version', version],
    queryFn: ({ signal }) => apiFetch<VersionContent>(`/api/artifacts/${id}/versions/${version}`, { signal }),
    enabled: version !== null,
    staleTime: Infinity, // versions are immutable
  });
}

function useInvalidate(id: string) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: queryKeys.artifact(id) }),
      qc.invalidateQueries({ queryKey: queryKeys.artifactVersions(id) }),
      qc.invalidateQueries({ queryKey: ['artifacts'] }),
      qc.invalidateQueries({ queryKey: ['artifact', id, 'audit'] }),
    ]);
}

export function useSaveDraft(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: (body: { content: unknown; baseVersion: number }) =>
      apiFetch<{ version: number }>(`/api/artifacts/${id}/drafts`, { method: 'POST', body }),
    onSuccess: invalidate,
  });
}

export function usePublish(id: string) {
  const invalidate = useInvalidate(id);
  return useMutation({
    mutationFn: ({ version, note }: { version: number; note: string }) =>
      apiFetch<EditableArtifact>(`/api/artifacts/${id}/versions/${version}/publish`, {
        method: 'POST',
        body: { note },
      }),
    onSuccess: invalidate,
  });
}

export function useSimulate(id: string) {
  return useMutation({
    mutationFn: (body: { content: unknown; limit: number }) =>
      apiFetch<SimulationResult>(`/api/artifacts/${id}/simulate`, { method: 'POST', body }),
  });
}

export interface AuditEntry {
  at: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  detail: Record<string, unknown> | null;
}

export function useAudit(id: string) {
  return useQuery({
    queryKey: ['artifact', id, 'audit'],
    queryFn: async ({ signal }) =>
      (await apiFetch<{ items: AuditEntry[] }>(`/api/artifacts/${id}/audit`, { signal })).items,
  });
}

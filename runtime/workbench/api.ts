// Server state of the workbench (W1, W2, C7): the queue, today's battle report, chat extraction
// and writing accepted suggestions into the requirement form.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, isApiError } from '../api';
import type { Grade } from '../api';
import type { BattleCard, ChatSuggestion } from '../../engine';

export interface QueueClock {
  id: string;
  kind: string;
  dueAt: string;
  startedAt: string;
}

export interface QueueItem {
  id: string;
  name: string;
  companyName: string | null;
  industry: string | null;
  status: string;
  grade: Grade;
  tags: string[];
  contact: { name?: string; title?: string; phone?: string };
  createdAt: string;
  assignedAt: string | null;
  touchedAt: string | null;
  opportunityId: string | null;
  clocks: QueueClock[];
  urgency: 'overdue' | 'due' | 'waiting';
}

export type { BattleCard, ChatSuggestion };

/** Keys under the lead keys, so the live events that make leads stale refresh these too. */
export const workbenchKeys = {
  queue: ['leads', 'workbench', 'queue'] as const,
  battle: (date?: string) => ['leads', 'workbench', 'battle', date ?? 'today'] as const,
};

export function useQueue() {
  return useQuery({
    queryKey: workbenchKeys.queue,
    queryFn: ({ signal }) =>
      apiFetch<{ now: string; items: QueueItem[] }>('/api/workbench/queue', { signal }),
    refetchInterval: 60_000,
  });
}

export function useBattleReport(date?: string) {
  return useQuery({
    queryKey: workbenchKeys.battle(date),
    queryFn: ({ signal }) =>
      apiFetch<{ date: string; cards: BattleCard[] }>('/api/battle-report', {
        query: date ? { date } : {},
        signal,
      }),
    refetchInterval: 120_000,
  });
}

/** A published form template (its field keys decide which suggestions can be written). */
export function useFormTemplate(templateId: string | null) {
  return useQuery({
    queryKey: ['forms', templateId ?? ''],
    queryFn: ({ signal }) =>
      apiFetch<{ id: string; key: string; content: unknown }>(`/api/forms/${templateId}`, { signal }),
    enabled: Boolean(templateId),
    staleTime: 5 * 60_000,
  });
}

/** The published requirement form for an industry: "<industry>.requirements", else the generic one. */
export function pickRequirementTemplate(
  artifacts: { id: string; key: string; publishedVersion: number | null }[] | undefined,
  industry: string | null | undefined,
): string | null {
  const published = (artifacts ?? []).filter((a) => a.publishedVersion && a.key.endsWith('.requirements'));
  return (
    published.find((a) => a.key === `${industry}.requirements`)?.id ??
    published.find((a) => a.key === 'generic.requirements')?.id ??
    published[0]?.id ??
    null
  );
}

export function useExtractChat() {
  return useMutation({
    mutationFn: (text: string) =>
      apiFetch<{ suggestions: ChatSuggestion[] }>('/api/extract/chat', { method: 'POST', body: { text } }),
  });
}

interface Submission {
  data: Record<string, unknown>;
  provenance: Record<string, unknown>;
}

/** Merges accepted suggestions into the lead's requirement form (with provenance) and saves it. */
export function useApplySuggestions(templateId: string | undefined, leadId: string | undefined) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (patch: { data: Record<string, unknown>; provenance: Record<string, unknown> }) => {
      const path = `/api/forms/${templateId}/submissions/${leadId}`;
      let current: Submission = { data: {}, provenance: {} };
      try {
        current = await apiFetch<Submission>(path);
      } catch (e) {
        if (!isApiError(e) || e.status !== 404) throw e;
      }
      const data = mergeData(current.data ?? {}, patch.data);
      return apiFetch<{ completeness: number }>(path, {
        method: 'PUT',
        body: { data, provenance: { ...(current.provenance ?? {}), ...patch.provenance } },
      });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['forms'] }),
  });
}

/** Text fields append, lists and tables add new entries, decision flows add new people. */
export function mergeData(current: Record<string, unknown>, patch: Record<string, unknown>) {
  const out = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    const old = out[key];
    if (typeof old === 'string' && typeof value === 'string' && old && !old.includes(value))
      out[key] = `${old}\n${value}`;
    else if (Array.isArray(old) && Array.isArray(value)) {
      const seen = new Set(old.map((x) => JSON.stringify(x)));
      out[key] = [...old, ...value.filter((x) => !seen.has(JSON.stringify(x)))];
    } else if (isFlow(old) && isFlow(value)) {
      const names = new Set(old.nodes.map((n) => n.name));
      const added = value.nodes
        .filter((n) => !names.has(n.name))
        .map((n, i) => ({ ...n, id: `${n.id}-${old.nodes.length + i}` }));
      out[key] = { nodes: [...old.nodes, ...added], edges: old.edges ?? [] };
    } else out[key] = value;
  }
  return out;
}

type Flow = { nodes: { id: string; name: string }[]; edges?: unknown[] };
const isFlow = (v: unknown): v is Flow => !!v && typeof v === 'object' && Array.isArray((v as Flow).nodes);

// Server calls of the scorecard panel.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../runtime';
import type { ScorecardSuggestion, SuggestRequest } from './types';

export function useSuggestScorecard() {
  return useMutation({
    mutationFn: (req: SuggestRequest) => {
      const data = new FormData();
      data.append('target', req.target);
      data.append('exclude', JSON.stringify(req.exclude));
      if (Object.keys(req.mapping).length) data.append('mapping', JSON.stringify(req.mapping));
      data.append('maxConditions', String(req.maxConditions));
      data.append('file', req.file, req.file.name);
      return apiFetch<ScorecardSuggestion>('/api/scorecard/suggest', { method: 'POST', body: data });
    },
  });
}

/** Saves the suggested rules as a new draft of the organisation's grading rules; resolves its id. */
export function useOpenAsDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (content: ScorecardSuggestion['content']) => {
      const { items } = await apiFetch<{ items: { id: string; latestVersion: number }[] }>('/api/artifacts', {
        query: { kind: 'grading-rules' },
      });
      const target = items[0];
      if (!target) throw new Error('no grading-rules artefact');
      const body = {
        content: { ...content, rules: content.rules.map(({ columns: _columns, ...rule }) => rule) },
        baseVersion: target.latestVersion,
      };
      await apiFetch(`/api/artifacts/${target.id}/drafts`, { method: 'POST', body });
      await qc.invalidateQueries({ queryKey: ['artifacts'] });
      await qc.invalidateQueries({ queryKey: ['artifact', target.id] });
      return target.id;
    },
  });
}

/** Column names of a CSV file (its first line), read in the browser. */
export async function csvHeader(file: Blob): Promise<string[]> {
  const text = await file.slice(0, 64 * 1024).text();
  const line = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() || out.length) out.push(cur.trim());
  return out.filter(Boolean);
}

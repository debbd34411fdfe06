// CSV/Excel lead import: preview with a suggested mapping, start the job, follow it.
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type { ColumnMapping, ImportPreview, Job } from './lifecycle-types';

function form(file: Blob & { name?: string }, mapping?: ColumnMapping): FormData {
  const data = new FormData();
  data.append('file', file, file.name ?? 'leads');
  if (mapping) data.append('mapping', JSON.stringify(mapping));
  return data;
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: File) =>
      apiFetch<ImportPreview>('/api/leads/import/preview', { method: 'POST', body: form(file) }),
  });
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping: ColumnMapping }) =>
      apiFetch<{ jobId: string }>('/api/leads/import', { method: 'POST', body: form(file, mapping) }),
  });
}

/**
 * A job's state. Live `job.progress` events update this cache (runtime/live); polling every
 * `pollMs` is the fallback while the job is still open (a proxy may buffer the event stream).
 */
export function useJob(id: string | null, pollMs = 1500) {
  return useQuery({
    queryKey: queryKeys.job(id ?? ''),
    queryFn: ({ signal }) => apiFetch<Job>(`/api/jobs/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
    staleTime: 0,
    refetchInterval: (q) =>
      q.state.data && ['done', 'failed'].includes(q.state.data.state) ? false : pollMs,
  });
}

export const rejectionsUrl = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/rejections.csv`;

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  GRADE_CLASSES,
  LEAD_STATUSES,
  type GradeClass,
  type LeadFilters,
  type LeadStatus,
} from '../api/types';

const DEFAULT_PAGE_SIZE = 20;

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

function positive(v: string | null, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? Math.min(n, max) : fallback;
}

/** The lead list's filters and paging, kept in the URL so a reload or a shared link keeps them. */
export function useLeadFilters() {
  const [params, setParams] = useSearchParams();

  const filters = useMemo<LeadFilters>(
    () => ({
      page: positive(params.get('page'), 1),
      pageSize: positive(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
      grade: oneOf<GradeClass>(GRADE_CLASSES, params.get('grade')),
      status: oneOf<LeadStatus>(LEAD_STATUSES, params.get('status')),
      q: params.get('q')?.trim() || undefined,
    }),
    [params],
  );

  const update = useCallback(
    (patch: Partial<LeadFilters>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          const resetsPage = !('page' in patch);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '' || v === null) next.delete(k);
            else next.set(k, String(v));
          }
          if (resetsPage) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const isFiltered = Boolean(filters.grade || filters.status || filters.q);
  return { filters, update, isFiltered };
}

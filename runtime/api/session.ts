import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, isApiError } from './client';
import { queryKeys } from './keys';
import type { Session, User } from './types';

/** The signed-in session, or `null` when nobody is logged in (401). */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async ({ signal }): Promise<Session | null> => {
      try {
        return await apiFetch<Session>('/api/me', { signal });
      } catch (e) {
        if (isApiError(e, 401)) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export interface Credentials {
  email: string;
  password: string;
}

/** Logs in, then loads the session (with permissions) into the cache before resolving. */
export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (body: Credentials): Promise<Session> => {
      await apiFetch<{ user: User }>('/api/auth/login', { method: 'POST', body });
      const session = await apiFetch<Session>('/api/me');
      return session;
    },
    onSuccess: (session) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      qc.setQueryData(queryKeys.me, session);
    },
  });
}

/** Logs out; whatever the server answers, the local session and caches are dropped. */
export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await apiFetch<void>('/api/auth/logout', { method: 'POST' });
      } catch (e) {
        if (!isApiError(e, 401)) throw e;
      }
    },
    onSettled: () => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.me[0] });
      qc.setQueryData(queryKeys.me, null);
    },
  });
}

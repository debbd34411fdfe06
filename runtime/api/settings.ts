// Admin and director settings: lead sources (signed webhooks), robot channels, API keys.
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { apiFetch } from './client';
import { queryKeys } from './keys';
import type { ApiKey, LeadSource, Notification, NotifyChannel, NotifyChannelInput } from './lifecycle-types';

function useList<T>(key: QueryKey, path: string) {
  return useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => (await apiFetch<{ items: T[] }>(path, { signal })).items,
  });
}

function useChange<I, O>(key: QueryKey, run: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => qc.invalidateQueries({ queryKey: key }) });
}

export const useLeadSources = () => useList<LeadSource>(queryKeys.leadSources, '/api/lead-sources');

export const useCreateLeadSource = () =>
  useChange(queryKeys.leadSources, (body: { name: string; channel: string }) =>
    apiFetch<LeadSource & { secret: string }>('/api/lead-sources', { method: 'POST', body }),
  );

export const usePatchLeadSource = () =>
  useChange(queryKeys.leadSources, ({ id, ...body }: { id: string; active?: boolean; name?: string }) =>
    apiFetch<LeadSource>(`/api/lead-sources/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );

export const useNotifyChannels = () =>
  useList<NotifyChannel>(queryKeys.notifyChannels, '/api/notify-channels');

export const useNotifications = () => useList<Notification>(queryKeys.notifications, '/api/notifications');

export const useCreateNotifyChannel = () =>
  useChange(queryKeys.notifyChannels, (body: NotifyChannelInput) =>
    apiFetch<NotifyChannel>('/api/notify-channels', { method: 'POST', body }),
  );

export const usePatchNotifyChannel = () =>
  useChange(queryKeys.notifyChannels, ({ id, ...body }: { id: string; active: boolean }) =>
    apiFetch<NotifyChannel>(`/api/notify-channels/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );

export const useApiKeys = () => useList<ApiKey>(queryKeys.apiKeys, '/api/api-keys');

export const useCreateApiKey = () =>
  useChange(queryKeys.apiKeys, (body: { name: string }) =>
    apiFetch<{ id: string; key: string; prefix: string; scopes: string[] }>('/api/api-keys', {
      method: 'POST',
      body,
    }),
  );

export const useRevokeApiKey = () =>
  useChange(queryKeys.apiKeys, (id: string) =>
    apiFetch<void>(`/api/api-keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );

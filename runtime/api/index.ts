export * from './types';
export { ApiError, apiFetch, isApiError, withQuery } from './client';
export { queryKeys } from './keys';
export { createQueryClient } from './queryClient';
export { useMe, useLogin, useLogout } from './session';
export type { Credentials } from './session';
export { useLeads, useLead, fetchLeads } from './leads';
export { useArtifacts, useArtifact, useArtifactVersions } from './artifacts';

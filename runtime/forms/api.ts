// react-query access to the form API (W3): the published template, the current submission, and saves.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvaluation, FormFieldError, FormValues } from '../../engine/forms';
import type { FormTemplate, I18nText } from '../../schemas';
import { apiFetch, isApiError } from '../api';

export interface PublishedForm {
  id: string;
  key: string;
  name: I18nText;
  version: number;
  content: FormTemplate;
}

export interface FormSubmission {
  id: string;
  templateId: string;
  templateVersion: number;
  subjectType: 'lead' | 'opportunity';
  subjectId: string;
  data: FormValues;
  provenance: Record<string, unknown>;
  completeness: number;
  revision: number;
  updatedAt: string;
}

export interface SaveResult extends FormSubmission {
  errors: FormFieldError[];
  complete: boolean;
  elements: FormEvaluation['elements'];
  firedTriggers: { id: string; label: I18nText; action: string }[];
}

export const formKeys = {
  template: (id: string) => ['forms', id] as const,
  submission: (templateId: string, subjectId: string) =>
    ['forms', templateId, 'submissions', subjectId] as const,
};

const path = (templateId: string, subjectId: string) =>
  `/api/forms/${encodeURIComponent(templateId)}/submissions/${encodeURIComponent(subjectId)}`;

export function usePublishedForm(templateId: string) {
  return useQuery({
    queryKey: formKeys.template(templateId),
    queryFn: ({ signal }) =>
      apiFetch<PublishedForm>(`/api/forms/${encodeURIComponent(templateId)}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The current submission, or null when none was saved yet. */
export function useSubmission(templateId: string, subjectId: string) {
  return useQuery({
    queryKey: formKeys.submission(templateId, subjectId),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<FormSubmission>(path(templateId, subjectId), { signal });
      } catch (e) {
        if (isApiError(e, 404)) return null;
        throw e;
      }
    },
    staleTime: Infinity,
  });
}

export function useSaveSubmission(templateId: string, subjectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { data: FormValues; provenance?: Record<string, unknown> }) =>
      apiFetch<SaveResult>(path(templateId, subjectId), { method: 'PUT', body }),
    onSuccess: (saved) => qc.setQueryData(formKeys.submission(templateId, subjectId), saved),
  });
}

// Public surface of runtime/forms: the form runtime (W3) — store, renderer, drafts, the submission page.
export { createFormStore, type FormStore, type FieldState, type FormSummary } from './store';
export { useField, useFormSummary, useSummaryValue } from './hooks';
export { FormRenderer, type FormRendererProps } from './FormRenderer';
export { FormProgress } from './FormProgress';
export { FieldRow } from './FieldRow';
export { WIDGETS, type WidgetProps } from './widgets';
export { useFormDraft, clearDraft, DRAFT_PREFIX, type FormDraft } from './useFormDraft';
export { DraftNotice } from './DraftNotice';
export { useAutosave, AUTOSAVE_DEBOUNCE_MS, type SaveStatus } from './useAutosave';
export { FormSubmissionPage, type FormSubmissionPageProps } from './FormSubmissionPage';
export {
  usePublishedForm,
  useSubmission,
  useSaveSubmission,
  formKeys,
  type PublishedForm,
  type FormSubmission,
  type SaveResult,
} from './api';
export { FormRoutePage } from './FormRoutePage';

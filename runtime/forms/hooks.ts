// React bindings of the form store: one subscription per field, one per summary value.
import { useCallback, useSyncExternalStore } from 'react';
import type { FieldState, FormStore, FormSummary } from './store';

/** The evaluated state of one field; re-renders only when that field's state changes. */
export function useField(store: FormStore, key: string): FieldState {
  const subscribe = useCallback((fn: () => void) => store.subscribe(key, fn), [store, key]);
  const get = useCallback(() => store.field(key), [store, key]);
  return useSyncExternalStore(subscribe, get, get);
}

/** The form's completeness and error counts (re-renders on every change). */
export function useFormSummary(store: FormStore): FormSummary {
  const subscribe = useCallback((fn: () => void) => store.subscribeSummary(fn), [store]);
  const get = useCallback(() => store.summary(), [store]);
  return useSyncExternalStore(subscribe, get, get);
}

/** One primitive of the summary: re-renders only when that value changes (cheap indicators). */
export function useSummaryValue<T extends string | number | boolean>(
  store: FormStore,
  pick: (s: FormSummary) => T,
): T {
  const subscribe = useCallback((fn: () => void) => store.subscribeSummary(fn), [store]);
  const get = () => pick(store.summary());
  return useSyncExternalStore(subscribe, get, get);
}

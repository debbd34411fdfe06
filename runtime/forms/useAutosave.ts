// Server autosave (W3): after the rep stops typing, PUT the form data; data that breaks the
// template is not sent (the same engine would refuse it on the server) and errors come back per field.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormValues } from '../../engine/forms';
import { isApiError } from '../api';
import { useSaveSubmission, type SaveResult } from './api';
import type { FormStore } from './store';

export const AUTOSAVE_DEBOUNCE_MS = 1500;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; revision: number }
  | { kind: 'invalid'; count: number }
  | { kind: 'failed'; message: string };

/** Only the template's own keys are sent (a restored draft may carry keys of an older version). */
function templateData(store: FormStore, keys: readonly string[]): FormValues {
  const all = store.getAll();
  const out: FormValues = {};
  for (const k of keys) if (all[k] !== undefined) out[k] = all[k];
  return out;
}

export function useAutosave(opts: {
  store: FormStore;
  templateId: string;
  subjectId: string;
  keys: readonly string[];
  enabled: boolean;
  onSaved?: (r: SaveResult) => void;
  debounceMs?: number;
}) {
  const { store, templateId, subjectId, keys, enabled, onSaved } = opts;
  const { mutateAsync } = useSaveSubmission(templateId, subjectId);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const saveNow = useCallback(async () => {
    clearTimeout(timer.current);
    const blocking = store.summary().blockingCount;
    if (blocking > 0) {
      store.touchAll();
      setStatus({ kind: 'invalid', count: blocking });
      return;
    }
    setStatus({ kind: 'saving' });
    try {
      const r = await mutateAsync({ data: templateData(store, keys) });
      setStatus({ kind: 'saved', revision: r.revision });
      onSaved?.(r);
    } catch (e) {
      if (isApiError(e, 400)) {
        store.setServerErrors(e.errors);
        setStatus({ kind: 'invalid', count: e.errors.length });
      } else {
        setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      }
    }
  }, [store, keys, mutateAsync, onSaved]);

  // The latest saveNow, so re-renders (new mutation state) do not reset the debounce timer.
  const latest = useRef(saveNow);
  latest.current = saveNow;
  const debounceMs = opts.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
  useEffect(() => {
    if (!enabled) return;
    const unsubscribe = store.subscribeAll(() => {
      setStatus({ kind: 'dirty' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void latest.current(), debounceMs);
    });
    return () => {
      clearTimeout(timer.current);
      unsubscribe();
    };
  }, [enabled, store, debounceMs]);

  return { status, saveNow };
}

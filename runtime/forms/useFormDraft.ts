// Drafts in localStorage (W3): the form's values are saved (debounced) as the rep types, so a
// closed tab or a dropped connection loses nothing; on return the draft is restored with a notice.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FormValues } from '../../engine/forms';
import type { FormStore } from './store';

export const DRAFT_PREFIX = 'dabei.formDraft.';
export const DRAFT_DEBOUNCE_MS = 600;

interface StoredDraft {
  values: FormValues;
  savedAt: string;
}

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(DRAFT_PREFIX + key);
    if (!raw) return null;
    const d = JSON.parse(raw) as StoredDraft;
    return d && typeof d === 'object' && d.values && typeof d.savedAt === 'string' ? d : null;
  } catch {
    return null;
  }
}

export function clearDraft(key: string) {
  try {
    globalThis.localStorage?.removeItem(DRAFT_PREFIX + key);
  } catch {
    /* storage unavailable: nothing to clear */
  }
}

export interface FormDraft {
  /** When the restored draft was saved (null: nothing was restored). */
  restoredAt: string | null;
  /** Drops the draft and returns the form to `fallback` values. */
  discard: (fallback?: FormValues) => void;
  /** Forget the draft (e.g. after the server stored the same data). */
  clear: () => void;
}

/**
 * Restores a draft of `key` into the store once `ready` (e.g. after the server data loaded) when it
 * differs from what the store holds, then keeps saving changes (debounced).
 */
export function useFormDraft(
  key: string,
  store: FormStore,
  opts: { ready?: boolean; debounceMs?: number } = {},
): FormDraft {
  const ready = opts.ready ?? true;
  const debounce = opts.debounceMs ?? DRAFT_DEBOUNCE_MS;
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const restored = useRef<string | null>(null);

  useEffect(() => {
    if (!ready || restored.current === key) return;
    restored.current = key;
    const draft = readDraft(key);
    if (draft && JSON.stringify(draft.values) !== JSON.stringify(store.getAll())) {
      store.patch(draft.values);
      setRestoredAt(draft.savedAt);
    }
  }, [ready, key, store]);

  useEffect(() => {
    if (!ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribeAll(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        try {
          const draft: StoredDraft = { values: store.getAll(), savedAt: new Date().toISOString() };
          globalThis.localStorage?.setItem(DRAFT_PREFIX + key, JSON.stringify(draft));
        } catch {
          /* storage full or unavailable: the server autosave still runs */
        }
      }, debounce);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [ready, key, store, debounce]);

  const clear = useCallback(() => clearDraft(key), [key]);
  const discard = useCallback(
    (fallback: FormValues = {}) => {
      clearDraft(key);
      store.reset(fallback);
      setRestoredAt(null);
    },
    [key, store],
  );
  return { restoredAt, discard, clear };
}

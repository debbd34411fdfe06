// Undo/redo over immutable values: `set` records a step, `replace` changes the present without
// one (live drag previews), `commit(base)` records the step from `base` to the present.
import { useCallback, useState } from 'react';

export interface HistoryState<T> {
  past: T[];
  present: T;
  future: T[];
}

const LIMIT = 200;

export function historyReducer<T>(
  h: HistoryState<T>,
  action:
    | { type: 'set'; value: T }
    | { type: 'replace'; value: T }
    | { type: 'commit'; base: T }
    | { type: 'undo' }
    | { type: 'redo' }
    | { type: 'reset'; value: T },
): HistoryState<T> {
  switch (action.type) {
    case 'set':
      if (Object.is(action.value, h.present)) return h;
      return { past: [...h.past, h.present].slice(-LIMIT), present: action.value, future: [] };
    case 'replace':
      return { ...h, present: action.value };
    case 'commit':
      if (Object.is(action.base, h.present)) return h;
      return { past: [...h.past, action.base].slice(-LIMIT), present: h.present, future: [] };
    case 'undo': {
      const prev = h.past[h.past.length - 1];
      if (prev === undefined) return h;
      return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] };
    }
    case 'redo': {
      const [next, ...rest] = h.future;
      if (next === undefined) return h;
      return { past: [...h.past, h.present], present: next, future: rest };
    }
    case 'reset':
      return { past: [], present: action.value, future: [] };
  }
}

export function useHistory<T>(initial: T) {
  const [h, setH] = useState<HistoryState<T>>(() => ({ past: [], present: initial, future: [] }));
  const dispatch = useCallback(
    (a: Parameters<typeof historyReducer<T>>[1]) => setH((prev) => historyReducer(prev, a)),
    [],
  );
  return {
    value: h.present,
    canUndo: h.past.length > 0,
    canRedo: h.future.length > 0,
    set: useCallback((value: T) => dispatch({ type: 'set', value }), [dispatch]),
    replace: useCallback((value: T) => dispatch({ type: 'replace', value }), [dispatch]),
    commit: useCallback((base: T) => dispatch({ type: 'commit', base }), [dispatch]),
    undo: useCallback(() => dispatch({ type: 'undo' }), [dispatch]),
    redo: useCallback(() => dispatch({ type: 'redo' }), [dispatch]),
    reset: useCallback((value: T) => dispatch({ type: 'reset', value }), [dispatch]),
  };
}

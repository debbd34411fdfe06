// The working model of a structured editor, kept in step with the artefact content: rebuilt when
// the content changes from outside (undo, JSON view, import), and turned back into content on
// every commit. `modelRef` always holds the latest model for callbacks and drag handlers.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';

export function useSyncedModel<M>(
  value: unknown,
  onChange: (content: unknown) => void,
  fromContent: (value: unknown) => M,
  toContent: (model: M) => unknown,
  onExternalChange?: () => void,
) {
  const [model, setModel] = useState<M>(() => fromContent(value));
  const [synced, setSynced] = useState(value);
  if (value !== synced) {
    setSynced(value);
    setModel(fromContent(value));
    onExternalChange?.();
  }
  const modelRef = useRef(model);
  useLayoutEffect(() => {
    modelRef.current = model;
  });
  const commit = useCallback(
    (m: M) => {
      modelRef.current = m;
      setModel(m);
      const content = toContent(m);
      setSynced(content);
      onChange(content);
    },
    [onChange, toContent],
  );
  return { model, setModel, modelRef, commit, content: synced };
}

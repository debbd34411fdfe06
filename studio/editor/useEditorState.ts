// The content being edited: undo/redo history, the server version it is based on, and unsaved
// edits mirrored in localStorage so a reload (or a crash) never loses them.
import { useEffect, useState } from 'react';
import type { EditableArtifact } from '../api';
import { useHistory } from './useHistory';

export const UNSAVED_PREFIX = 'dabei.studio.unsaved.';

interface Unsaved {
  baseVersion: number;
  content: unknown;
}

/** What the editor starts from on the server: the latest draft, else the published content. */
export function serverContent(a: EditableArtifact): unknown {
  return a.draft?.version === a.latestVersion ? a.draft.content : (a.content ?? a.draft?.content ?? null);
}

function readUnsaved(id: string, latest: number): Unsaved | null {
  try {
    const raw = globalThis.localStorage?.getItem(UNSAVED_PREFIX + id);
    if (!raw) return null;
    const u = JSON.parse(raw) as Unsaved;
    return u.baseVersion === latest ? u : null;
  } catch {
    return null;
  }
}

function writeUnsaved(id: string, u: Unsaved | null) {
  try {
    if (u) globalThis.localStorage?.setItem(UNSAVED_PREFIX + id, JSON.stringify(u));
    else globalThis.localStorage?.removeItem(UNSAVED_PREFIX + id);
  } catch {
    /* storage full or disabled: the server draft is still the safe copy */
  }
}

export function useEditorState(a: EditableArtifact) {
  const [start] = useState(() => {
    const server = serverContent(a);
    const unsaved = readUnsaved(a.id, a.latestVersion);
    return { server, content: unsaved ? unsaved.content : server, restored: Boolean(unsaved) };
  });
  const [saved, setSaved] = useState({ version: a.latestVersion, content: start.server });
  const history = useHistory<unknown>(start.content);
  const dirty = history.value !== saved.content;

  useEffect(() => {
    writeUnsaved(a.id, dirty ? { baseVersion: saved.version, content: history.value } : null);
  }, [a.id, dirty, saved.version, history.value]);

  return {
    ...history,
    dirty,
    restored: start.restored,
    baseVersion: saved.version,
    /** after a successful save: the present content is version `version` on the server */
    markSaved: (version: number, content: unknown) => setSaved({ version, content }),
    /** drop local edits and continue from the server's latest state */
    reload: (fresh: EditableArtifact) => {
      const c = serverContent(fresh);
      writeUnsaved(a.id, null);
      setSaved({ version: fresh.latestVersion, content: c });
      history.reset(c);
    },
  };
}

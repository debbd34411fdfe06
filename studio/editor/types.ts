import type { Issue } from './issues';

/** What every structured editor receives: the content, a change callback, the live issues. */
export interface KindEditorProps {
  value: unknown;
  onChange: (content: unknown) => void;
  issues: readonly Issue[];
  readOnly?: boolean;
}

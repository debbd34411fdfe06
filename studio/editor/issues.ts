// Check results at JSON-pointer paths, and helpers to hand each editor part its own.
import { checkArtifact } from '../../engine';
import type { ArtifactKind } from '../../schemas';

export interface Issue {
  path: string;
  message: string;
}

/**
 * Set when the page's Content-Security-Policy forbids ajv's compiled validators (no
 * 'unsafe-eval'): the editor then relies on the server, which runs the same checks on save.
 */
export const clientChecks = { unavailable: false };

const CSP_BLOCKED = /Content Security Policy|unsafe-eval|EvalError/i;

/** ajv schema errors plus the engine's semantic checks (S5), exactly as the server runs them. */
export function checkContent(kind: ArtifactKind, content: unknown): Issue[] {
  if (clientChecks.unavailable) return [];
  try {
    return checkArtifact(kind, content);
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    if (CSP_BLOCKED.test(message)) {
      clientChecks.unavailable = true;
      return [];
    }
    return [{ path: '', message }];
  }
}

/** The issues under `/prefix/<i>/...`, grouped by index i. */
export function issuesByIndex(issues: readonly Issue[], prefix: string): Map<number, Issue[]> {
  const out = new Map<number, Issue[]>();
  const head = `${prefix}/`;
  for (const issue of issues) {
    if (!issue.path.startsWith(head)) continue;
    const i = Number(issue.path.slice(head.length).split('/')[0]);
    if (!Number.isInteger(i)) continue;
    out.set(i, [...(out.get(i) ?? []), issue]);
  }
  return out;
}

export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/** JSON.stringify that never throws (very deep or cyclic values come back as a note). */
export function safeJson(value: unknown, indent = 2): string {
  try {
    return JSON.stringify(value, null, indent) ?? 'null';
  } catch (e) {
    return `/* ${e instanceof Error ? e.message : 'cannot display'} */`;
  }
}

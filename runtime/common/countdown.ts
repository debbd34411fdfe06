// The colour and text of an SLA countdown (L5, L6): green while more than a quarter of the time
// is left, amber below a quarter, red once breached; met and cancelled clocks stop.
import type { ClockState } from '../api/lifecycle-types';

export type CountdownTone = 'ok' | 'warning' | 'breached' | 'met' | 'cancelled';

/** Below this share of the time left, a running clock turns amber. */
export const WARN_SHARE = 0.25;

export function countdownTone(
  clock: { startedAt: string; dueAt: string; state?: ClockState },
  now: number,
): CountdownTone {
  if (clock.state === 'met') return 'met';
  if (clock.state === 'cancelled') return 'cancelled';
  const start = Date.parse(clock.startedAt);
  const due = Date.parse(clock.dueAt);
  if (clock.state === 'breached' || now >= due) return 'breached';
  const total = due - start;
  return total > 0 && (due - now) / total < WARN_SHARE ? 'warning' : 'ok';
}

/** "1天 02:03:04", "02:03:04", "03:04" — whole seconds, no sign. */
export function formatSpan(ms: number, dayLabel: (d: number) => string): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  const clock = h || d ? `${two(h)}:${two(m)}:${two(sec)}` : `${two(m)}:${two(sec)}`;
  return d ? `${dayLabel(d)} ${clock}` : clock;
}

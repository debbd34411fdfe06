// The traffic-light board (MISSION.md L8): a rep's measured numbers coloured by the published
// board-policy. A metric is amber at or above `amber`, red at or above `red`; the rep's light is
// the worst of the four. Pure: the server aggregates the numbers in SQL and passes them in.
import type { BoardPolicy } from '../schemas';

export type Light = 'green' | 'amber' | 'red';
export type BoardMetric = 'pendingLeads' | 'staleCustomers' | 'unreadRate' | 'overdue';

export interface BoardMeasures {
  pendingLeads: number;
  staleCustomers: number;
  /** Unread proposals among those sent; null when fewer than `minSent` were sent (not judged). */
  unreadRate: number | null;
  overdue: number;
}

/** Why a rep is not green: which metric, its value, and the threshold it reached. */
export interface BoardReason {
  metric: BoardMetric;
  light: Exclude<Light, 'green'>;
  value: number;
  threshold: number;
}

export const BOARD_METRICS: readonly BoardMetric[] = [
  'pendingLeads',
  'staleCustomers',
  'unreadRate',
  'overdue',
];

const RANK: Record<Light, number> = { green: 0, amber: 1, red: 2 };

export const worstLight = (lights: readonly Light[]): Light =>
  lights.reduce<Light>((w, l) => (RANK[l] > RANK[w] ? l : w), 'green');

/** The light of one value against `{amber, red}` thresholds. */
export function lightOf(value: number | null, t: { amber: number; red: number }): Light {
  if (value === null || !Number.isFinite(value)) return 'green';
  if (value >= t.red) return 'red';
  if (value >= t.amber) return 'amber';
  return 'green';
}

export function colourBoardRow(
  m: BoardMeasures,
  policy: BoardPolicy,
): { light: Light; reasons: BoardReason[] } {
  const reasons: BoardReason[] = [];
  for (const metric of BOARD_METRICS) {
    const t = policy.metrics[metric];
    const value = m[metric];
    const light = lightOf(value, t);
    if (light !== 'green' && value !== null)
      reasons.push({ metric, light, value, threshold: light === 'red' ? t.red : t.amber });
  }
  // Red reasons first, so the board and the agenda read the worst problem first.
  reasons.sort((a, b) => RANK[b.light] - RANK[a.light]);
  return { light: worstLight(reasons.map((r) => r.light)), reasons };
}

/** Unread rate from counts: unread ÷ sent, or null while fewer than `minSent` have been sent. */
export function unreadRate(sent: number, unread: number, minSent = 1): number | null {
  if (sent <= 0 || sent < minSent) return null;
  return Math.round((unread / sent) * 1000) / 1000;
}

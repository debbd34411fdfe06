/**
 * F3 dynamic probability: the win rate of closed deals whose score fell in the same band,
 * over the look-back window, smoothed with a beta-binomial prior so thin bands lean on
 * their neighbours (or the overall rate) — "2 of 2" never reads as 100 %.
 */
import { betaInterval } from './beta';
import { allBands, bandOf } from './score';
import type { Band, BandingView } from './types';

export interface ClosedDealScore {
  /** Score the deal had at the comparable point of its life (0–100). */
  score: number;
  won: boolean;
  /** Close instant (ms). */
  closedAt: number;
  /** Age (days) at close; needed only with `minAgeDays`. */
  ageDays?: number;
}

export interface BandingOptions {
  /**
   * Compare like with like: only deals that were still open at this age count (closed at
   * ageDays ≥ minAgeDays), i.e. "closed deals at the same point of their life".
   */
  minAgeDays?: number;
}

export interface BandRate {
  band: Band;
  wins: number;
  n: number;
  /** Raw rate wins / n (null when the band is empty). */
  rate: number | null;
  /** Prior mean the band was shrunk toward. */
  priorMean: number;
  /** Posterior mean (wins + s·m) / (n + s). */
  smoothed: number;
  /** Equal-tailed credible interval of the posterior at banding.interval (default 0.9). */
  interval: [number, number];
  /** n < banding.minSample. */
  thin: boolean;
}

export interface WinProbability {
  value: number;
  band: Band;
  n: number;
  wins: number;
  interval: [number, number];
  thin: boolean;
}

/** Subtracts whole calendar months (UTC) from an instant. */
export function monthsBefore(at: number, months: number): number {
  const d = new Date(at);
  const target = new Date(
    Date.UTC(
      d.getUTCFullYear(),
      d.getUTCMonth() - months,
      1,
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      d.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.getTime();
}

/**
 * Win rates per band for closed deals with closedAt in [now − lookbackMonths, now).
 * Prior mean m: `overall` → the window's overall rate; `neighbours` → the pooled rate of the
 * two adjacent bands, itself shrunk toward the overall rate with the same strength s.
 * Smoothed = (wins + s·m) / (n + s); interval from Beta(wins + s·m, n − wins + s·(1 − m)).
 * With no history at all the overall rate is 0.5.
 */
export function bandedWinRates(
  history: readonly ClosedDealScore[],
  banding: BandingView,
  now: number,
  options: BandingOptions = {},
): BandRate[] {
  const minAge = options.minAgeDays ?? 0;
  const from = monthsBefore(now, banding.lookbackMonths);
  const bands = allBands(banding.width);
  const wins = bands.map(() => 0);
  const ns = bands.map(() => 0);
  for (const h of history) {
    if (h.closedAt < from || h.closedAt >= now) continue;
    if (minAge > 0 && (h.ageDays ?? Infinity) < minAge) continue;
    const i = Math.round(bandOf(h.score, banding.width)[0] / (bands[0] as Band)[1]);
    ns[i] = (ns[i] ?? 0) + 1;
    if (h.won) wins[i] = (wins[i] ?? 0) + 1;
  }
  const totalN = ns.reduce((a, b) => a + b, 0);
  const totalW = wins.reduce((a, b) => a + b, 0);
  const overall = totalN > 0 ? totalW / totalN : 0.5;
  const s = Math.max(0, banding.prior.strength);
  const level = banding.interval ?? 0.9;
  return bands.map((band, i) => {
    let m = overall;
    if (banding.prior.toward === 'neighbours') {
      let nw = 0;
      let nn = 0;
      for (const j of [i - 1, i + 1]) {
        if (j < 0 || j >= bands.length) continue;
        nw += wins[j] ?? 0;
        nn += ns[j] ?? 0;
      }
      m = nn + s > 0 ? (nw + s * overall) / (nn + s) : overall;
    }
    const n = ns[i] ?? 0;
    const w = wins[i] ?? 0;
    const smoothed = n + s > 0 ? (w + s * m) / (n + s) : m;
    const a = w + s * m;
    const b = n - w + s * (1 - m);
    const interval: [number, number] = a > 0 && b > 0 ? betaInterval(level, a, b) : [smoothed, smoothed];
    return {
      band,
      wins: w,
      n,
      rate: n > 0 ? w / n : null,
      priorMean: m,
      smoothed,
      interval,
      thin: n < banding.minSample,
    };
  });
}

/** Win probability of a deal with `score`: its band's smoothed rate, sample and interval. */
export function winProbability(score: number, rates: readonly BandRate[]): WinProbability {
  const first = rates[0];
  const width = first ? first.band[1] - first.band[0] : 100;
  const [lo] = bandOf(score, width);
  const r = rates.find((x) => x.band[0] === lo);
  if (!r) return { value: 0.5, band: bandOf(score, width), n: 0, wins: 0, interval: [0, 1], thin: true };
  return { value: r.smoothed, band: r.band, n: r.n, wins: r.wins, interval: r.interval, thin: r.thin };
}

/** F1/F2: a deal's score is the weighted sum of its present signals, each contribution shown. */
import type { Band, SignalWeightView } from './types';

export interface SignalContribution {
  signalId: string;
  weight: number;
  /** Points this signal adds to the score (= its weight; the score is capped at 100). */
  points: number;
}

export interface DealScore {
  /** 0–100. */
  score: number;
  /** Present signals only, in the model's order. */
  contributions: SignalContribution[];
}

/** Score of a deal from the ids of its currently counting signals (unknown ids are ignored). */
export function dealScore(
  model: { signals: readonly SignalWeightView[] },
  presentSignalIds: Iterable<string>,
): DealScore {
  const present = new Set(presentSignalIds);
  const contributions: SignalContribution[] = [];
  let sum = 0;
  for (const s of model.signals) {
    if (!present.has(s.id)) continue;
    contributions.push({ signalId: s.id, weight: s.weight, points: s.weight });
    sum += s.weight;
  }
  return { score: Math.max(0, Math.min(100, round2(sum))), contributions };
}

/** The band holding `score`: [lo, lo + width); 100 falls in the top band. */
export function bandOf(score: number, width: number): Band {
  const w = Math.max(1, Math.floor(width));
  const s = Math.max(0, Math.min(100, score));
  let lo = Math.floor(s / w) * w;
  if (lo >= 100) lo = Math.max(0, lo - w);
  return [lo, lo + w];
}

/** All bands covering 0–100 for a width, lowest first. */
export function allBands(width: number): Band[] {
  const w = Math.max(1, Math.floor(width));
  const out: Band[] = [];
  for (let lo = 0; lo < 100; lo += w) out.push([lo, lo + w]);
  return out;
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

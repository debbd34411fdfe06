// The dual-track journey (C4): sales milestones beside delivery milestones, with the alignment
// pairs of the stage-gates artefact flagged on both sides. Pure: `now` is passed in.
import type { AlignmentPair, I18nText, StageGates } from '../../schemas';
import { parseIsoDuration } from '../duration';

export type Track = 'sales' | 'delivery';
export type TrackProgress = Readonly<Record<string, { at: string; by: string | null }>>;
export type AlignmentState = 'aligned' | 'pending' | 'misaligned';

export interface AlignmentView {
  id: string;
  label: I18nText;
  rule: AlignmentPair['rule'];
  sales: string;
  delivery: string;
  state: AlignmentState;
  enforceAtStage: string | null;
}

export interface MilestoneView {
  id: string;
  label: I18nText;
  order: number;
  ownerRole: string | null;
  done: boolean;
  at: string | null;
  by: string | null;
  /** aligned only when every pair naming this milestone is aligned; misaligned if any is. */
  aligned: boolean;
  misaligned: boolean;
  pairs: string[];
}

export interface TracksView {
  sales: MilestoneView[];
  delivery: MilestoneView[];
  alignment: AlignmentView[];
}

const time = (p: TrackProgress, id: string) => (p[id] ? Date.parse(p[id].at) : null);

export function alignmentState(
  pair: AlignmentPair,
  progress: { sales: TrackProgress; delivery: TrackProgress },
  now: Date,
): AlignmentState {
  const s = time(progress.sales, pair.sales);
  const d = time(progress.delivery, pair.delivery);
  switch (pair.rule) {
    case 'delivery_first':
      if (s === null) return d === null ? 'pending' : 'aligned';
      return d !== null && d <= s ? 'aligned' : 'misaligned';
    case 'sales_first':
      if (d === null) return s === null ? 'pending' : 'aligned';
      return s !== null && s <= d ? 'aligned' : 'misaligned';
    case 'together': {
      const gap = pair.maxGap ? parseIsoDuration(pair.maxGap) : 0;
      if (s !== null && d !== null) return Math.abs(s - d) <= gap ? 'aligned' : 'misaligned';
      const one = s ?? d;
      if (one === null) return 'pending';
      return now.getTime() - one > gap ? 'misaligned' : 'pending';
    }
  }
}

export function tracksView(
  gates: StageGates,
  progress: { sales: TrackProgress; delivery: TrackProgress },
  now: Date,
): TracksView {
  const alignment: AlignmentView[] = gates.alignment.map((p) => ({
    id: p.id,
    label: p.label,
    rule: p.rule,
    sales: p.sales,
    delivery: p.delivery,
    state: alignmentState(p, progress, now),
    enforceAtStage: p.enforceAtStage ?? null,
  }));
  const view = (track: Track): MilestoneView[] =>
    [...gates.tracks[track]]
      .sort((a, b) => a.order - b.order)
      .map((m) => {
        const pairs = alignment.filter((a) => a[track] === m.id);
        const done = progress[track][m.id];
        return {
          id: m.id,
          label: m.label,
          order: m.order,
          ownerRole: m.ownerRole ?? null,
          done: !!done,
          at: done?.at ?? null,
          by: done?.by ?? null,
          aligned: pairs.length > 0 && pairs.every((a) => a.state === 'aligned'),
          misaligned: pairs.some((a) => a.state === 'misaligned'),
          pairs: pairs.map((a) => a.id),
        };
      });
  return { sales: view('sales'), delivery: view('delivery'), alignment };
}

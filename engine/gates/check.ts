// Stage gates (C1, C4): what entering a stage requires and what is still missing. Pure: the
// caller gathers the facts (forms, tickets, milestones) and passes the time in.
import type { GateRequirement, I18nText, StageGate, StageGates } from '../../schemas';
import { evaluateLogic, truthy } from '../logic';
import type { ElementStatus } from './elements';
import { tracksView, type TrackProgress } from './tracks';

export interface GateFacts {
  requirements: { present: boolean; completeness: number | null; elements: ElementStatus[] };
  assessment: { present: boolean; completeness: number | null };
  tickets: { id: string; title: I18nText; verdict: string | null }[];
  tracks: { sales: TrackProgress; delivery: TrackProgress };
  /** The opportunity as condition rules read it (stage, amount, industry, data…). */
  opportunity: Readonly<Record<string, unknown>>;
}

/** One thing that keeps a gate shut, readable on its own: which element, field, ticket or milestone. */
export interface MissingItem {
  kind: 'element' | 'form' | 'assessment' | 'ticket' | 'milestone' | 'alignment' | 'condition';
  id: string;
  label: I18nText;
  /** The form field (elements), track (milestones) or verdict (tickets) concerned. */
  field?: string;
  track?: 'sales' | 'delivery';
  detail?: unknown;
}

export interface ChecklistItem {
  type: GateRequirement['type'] | 'alignment';
  label: I18nText | null;
  passed: boolean;
  missing: MissingItem[];
}

export interface GateResult {
  gate: string;
  label: I18nText;
  to: string;
  passed: boolean;
  items: ChecklistItem[];
  missing: MissingItem[];
}

const L = (zh: string, en: string): I18nText => ({ zh, en });

function milestoneLabel(gates: StageGates, track: 'sales' | 'delivery', id: string): I18nText {
  return gates.tracks[track].find((m) => m.id === id)?.label ?? L(id, id);
}

function checkRequirement(gates: StageGates, r: GateRequirement, f: GateFacts): MissingItem[] {
  switch (r.type) {
    case 'three_elements': {
      const wanted = new Set(r.elements ?? ['existing_systems', 'decision_flow', 'acceptance_criteria']);
      return f.requirements.elements
        .filter((e) => wanted.has(e.element) && !e.filled)
        .map((e) => ({
          kind: 'element' as const,
          id: e.element,
          label: e.label,
          ...(e.field ? { field: e.field } : {}),
          detail: e.problems,
        }));
    }
    case 'form_completeness': {
      const form = r.purpose === 'requirements' ? f.requirements : f.assessment;
      const score = form.completeness ?? 0;
      if (form.present && score >= r.min) return [];
      return [
        {
          kind: 'form',
          id: r.purpose,
          label:
            r.purpose === 'requirements'
              ? L('需求表完整度', 'Requirement form completeness')
              : L('交付预评估完整度', 'Pre-assessment completeness'),
          detail: { min: r.min, actual: form.present ? score : null },
        },
      ];
    }
    case 'condition': {
      let holds: boolean;
      try {
        holds = truthy(evaluateLogic(r.when, f.opportunity));
      } catch {
        holds = false; // a rule that cannot be evaluated keeps the gate shut
      }
      return holds ? [] : [{ kind: 'condition', id: 'condition', label: r.label }];
    }
    case 'milestone':
      return f.tracks[r.track][r.milestone]
        ? []
        : [
            {
              kind: 'milestone',
              id: r.milestone,
              track: r.track,
              label: milestoneLabel(gates, r.track, r.milestone),
            },
          ];
    case 'precheck_resolved':
      return f.tickets
        .filter((t) => t.verdict === null || (r.rejectInfeasible && t.verdict === 'infeasible'))
        .map((t) => ({ kind: 'ticket' as const, id: t.id, label: t.title, detail: { verdict: t.verdict } }));
    case 'assessment_present':
      return f.assessment.present
        ? []
        : [{ kind: 'assessment', id: 'assessment', label: L('交付预评估', 'Delivery pre-assessment') }];
  }
}

/** The gates that guard entering `to` from `from`. */
export function gatesFor(gates: StageGates, from: string, to: string): StageGate[] {
  return gates.gates.filter((g) => g.to === to && (!g.from || g.from.includes(from)));
}

/**
 * The stages a move enters, in order: a forward move to an open or won stage passes through every
 * open/won stage between (so skipping a stage cannot skip its gate); any other move enters `to` only.
 */
export function stagePath(gates: StageGates, from: string, to: string): string[] {
  const a = gates.stages.find((s) => s.id === from);
  const b = gates.stages.find((s) => s.id === to);
  if (!a || !b || b.outcome === 'lost' || b.order <= a.order) return [to];
  return [...gates.stages]
    .filter((s) => s.order > a.order && s.order <= b.order && s.outcome !== 'lost')
    .sort((x, y) => x.order - y.order)
    .map((s) => s.id);
}

/** Every gate of the stages the move enters plus their enforced alignment pairs, as checklists. */
export function checkTransition(
  gates: StageGates,
  from: string,
  to: string,
  facts: GateFacts,
  now: Date,
): GateResult[] {
  const path = stagePath(gates, from, to);
  return path.flatMap((stage, i) => checkEntering(gates, i === 0 ? from : path[i - 1]!, stage, facts, now));
}

function checkEntering(
  gates: StageGates,
  from: string,
  to: string,
  facts: GateFacts,
  now: Date,
): GateResult[] {
  const results: GateResult[] = gatesFor(gates, from, to).map((g) => {
    const items: ChecklistItem[] = g.requirements.map((r) => {
      const missing = checkRequirement(gates, r, facts);
      return { type: r.type, label: r.label ?? null, passed: missing.length === 0, missing };
    });
    const missing = items.flatMap((i) => i.missing);
    return { gate: g.id, label: g.label, to, passed: missing.length === 0, items, missing };
  });
  const enforced = tracksView(gates, facts.tracks, now).alignment.filter((a) => a.enforceAtStage === to);
  if (enforced.length) {
    const items: ChecklistItem[] = enforced.map((a) => {
      const missing: MissingItem[] =
        a.state === 'misaligned'
          ? [
              {
                kind: 'alignment',
                id: a.id,
                label: a.label,
                detail: { sales: a.sales, delivery: a.delivery },
              },
            ]
          : [];
      return { type: 'alignment', label: a.label, passed: missing.length === 0, missing };
    });
    const missing = items.flatMap((i) => i.missing);
    results.push({
      gate: 'alignment',
      label: L('双轨对齐', 'Dual-track alignment'),
      to,
      passed: missing.length === 0,
      items,
      missing,
    });
  }
  return results;
}

/** The open stages after `from` in order, with their checklists (what the UI shows as next steps). */
export function nextStageChecklists(gates: StageGates, from: string, facts: GateFacts, now: Date) {
  const current = gates.stages.find((s) => s.id === from);
  if (!current || current.outcome !== 'open') return [];
  return [...gates.stages]
    .filter((s) => s.order > current.order && s.outcome !== 'lost')
    .sort((a, b) => a.order - b.order)
    .map((s) => {
      const results = checkTransition(gates, from, s.id, facts, now);
      return { stage: s.id, label: s.label, passed: results.every((r) => r.passed), gates: results };
    });
}

/**
 * S4: a grading draft against the published rules over the same leads. Every distinct
 * condition is compiled once and evaluated once per lead (rules the draft did not touch are
 * shared), so 100,000 leads take about as long as grading them once.
 */
import { classify } from '../grading';
import { compileLogic } from '../logic/evaluate';
import { truthy } from '../logic/truthy';
import type { GradeClass, GradingRulesView } from '../types';

export type ClassCounts = Record<GradeClass, number>;

export interface SimLead {
  id: string;
  data: Record<string, unknown>;
}

export interface GradeChange {
  leadId: string;
  from: GradeClass;
  to: GradeClass;
  scoreFrom: number;
  scoreTo: number;
  rulesFired: { added: string[]; removed: string[] };
}

export interface GradingSimulation {
  evaluated: number;
  before: ClassCounts;
  after: ClassCounts;
  /** leads whose class changes (at most `maxChanged`, in input order) */
  changed: GradeChange[];
  changedTotal: number;
  /** leads whose score changes (class or not) */
  scoreChanged: number;
  /** per rule id: how many leads it fires for, before and after */
  ruleHits: { ruleId: string; before: number; after: number }[];
}

type Test = (lead: unknown) => boolean;

function compileTest(when: unknown): Test {
  try {
    const fn = compileLogic(when);
    return (lead) => {
      try {
        return truthy(fn(lead));
      } catch {
        return false;
      }
    };
  } catch {
    return () => false; // unsafe rules never fire (as in gradeLead)
  }
}

function keyOf(when: unknown, i: number): string {
  try {
    return JSON.stringify(when) ?? `#${i}`;
  } catch {
    return `#unserialisable-${i}`;
  }
}

interface Plan {
  tests: Test[];
  /** per version: per rule, the index of its test */
  before: { ids: string[]; points: number[]; test: number[] };
  after: { ids: string[]; points: number[]; test: number[] };
}

function plan(published: GradingRulesView | null, draft: GradingRulesView): Plan {
  const index = new Map<string, number>();
  const tests: Test[] = [];
  const side = (rules: GradingRulesView | null, offset: number) => {
    const ids: string[] = [];
    const points: number[] = [];
    const test: number[] = [];
    (rules?.rules ?? []).forEach((r, i) => {
      const key = keyOf(r.when, offset + i);
      let t = index.get(key);
      if (t === undefined) {
        t = tests.length;
        tests.push(compileTest(r.when));
        index.set(key, t);
      }
      ids.push(r.id);
      points.push(r.points);
      test.push(t);
    });
    return { ids, points, test };
  };
  return { tests, before: side(published, 0), after: side(draft, 1_000_000) };
}

const zero = (): ClassCounts => ({ A: 0, B: 0, C: 0, D: 0 });

export function simulateGrading(
  published: GradingRulesView | null,
  draft: GradingRulesView,
  leads: readonly SimLead[],
  opts: { maxChanged?: number } = {},
): GradingSimulation {
  const maxChanged = opts.maxChanged ?? 1000;
  const p = plan(published, draft);
  const fired = new Uint8Array(p.tests.length);
  const hitsBefore = new Uint32Array(p.before.ids.length);
  const hitsAfter = new Uint32Array(p.after.ids.length);
  const before = zero();
  const after = zero();
  const changed: GradeChange[] = [];
  let changedTotal = 0;
  let scoreChanged = 0;
  const noThresholds = { A: Infinity, B: Infinity, C: Infinity };
  for (const lead of leads) {
    for (let t = 0; t < p.tests.length; t++) fired[t] = p.tests[t]!(lead.data) ? 1 : 0;
    let s0 = 0;
    for (let i = 0; i < p.before.test.length; i++)
      if (fired[p.before.test[i]!]) {
        s0 += p.before.points[i]!;
        hitsBefore[i]!++;
      }
    let s1 = 0;
    for (let i = 0; i < p.after.test.length; i++)
      if (fired[p.after.test[i]!]) {
        s1 += p.after.points[i]!;
        hitsAfter[i]!++;
      }
    const c0 = classify(s0, published?.thresholds ?? noThresholds);
    const c1 = classify(s1, draft.thresholds);
    before[c0]++;
    after[c1]++;
    if (s0 !== s1) scoreChanged++;
    if (c0 === c1) continue;
    changedTotal++;
    if (changed.length < maxChanged) {
      changed.push({
        leadId: lead.id,
        from: c0,
        to: c1,
        scoreFrom: s0,
        scoreTo: s1,
        rulesFired: firedDiff(p, fired),
      });
    }
  }
  const ruleIds = [...new Set([...p.before.ids, ...p.after.ids])];
  const count = (ids: string[], hits: Uint32Array, id: string) => {
    const i = ids.indexOf(id);
    return i < 0 ? 0 : hits[i]!;
  };
  return {
    evaluated: leads.length,
    before,
    after,
    changed,
    changedTotal,
    scoreChanged,
    ruleHits: ruleIds.map((ruleId) => ({
      ruleId,
      before: count(p.before.ids, hitsBefore, ruleId),
      after: count(p.after.ids, hitsAfter, ruleId),
    })),
  };
}

/** Rule ids that fire under the draft but not the published rules (added), and the reverse. */
function firedDiff(p: Plan, fired: Uint8Array) {
  const on = (side: Plan['before']) => new Set(side.ids.filter((_, i) => fired[side.test[i]!]));
  const b = on(p.before);
  const a = on(p.after);
  return { added: [...a].filter((id) => !b.has(id)), removed: [...b].filter((id) => !a.has(id)) };
}

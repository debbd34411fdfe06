/**
 * L3 lead grading: score = sum of the points of the rules whose `when` holds for the lead;
 * class by thresholds (A ≥ A, B ≥ B, C ≥ C, else D). Hits are listed in rule order.
 */
import { compileLogic } from './logic/evaluate';
import { truthy } from './logic/truthy';
import type { GradeClass, GradingRulesView, I18nText } from './types';

export interface GradeHit {
  ruleId: string;
  label: I18nText;
  points: number;
}

export interface Grade {
  class: GradeClass;
  score: number;
  hits: GradeHit[];
}

type Test = (lead: unknown) => boolean;
interface CompiledRule {
  hit: GradeHit;
  test: Test;
}

const cache = new WeakMap<object, CompiledRule[]>();

function compileTest(when: unknown): Test {
  try {
    const fn = compileLogic(when);
    return (lead) => {
      try {
        return truthy(fn(lead));
      } catch {
        return false; // a rule that throws counts as not fired
      }
    };
  } catch {
    return () => false; // an unsafe rule never fires
  }
}

function compileRules(rules: GradingRulesView): CompiledRule[] {
  let compiled = cache.get(rules.rules);
  if (!compiled) {
    compiled = rules.rules.map((r) => ({
      hit: { ruleId: r.id, label: r.label, points: r.points },
      test: compileTest(r.when),
    }));
    cache.set(rules.rules, compiled);
  }
  return compiled;
}

export function classify(score: number, t: GradingRulesView['thresholds']): GradeClass {
  if (score >= t.A) return 'A';
  if (score >= t.B) return 'B';
  if (score >= t.C) return 'C';
  return 'D';
}

export function gradeLead(rules: GradingRulesView, lead: Record<string, unknown>): Grade {
  let score = 0;
  const hits: GradeHit[] = [];
  for (const rule of compileRules(rules)) {
    if (!rule.test(lead)) continue;
    score += rule.hit.points;
    hits.push({ ...rule.hit });
  }
  return { class: classify(score, rules.thresholds), score, hits };
}

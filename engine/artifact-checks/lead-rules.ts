/** Semantic checks of the artefacts whose rules read the lead: grading, assignment, SLA. */
import type { LogicField } from '../logic/fields';
import { at, checkRuleAt, itemName, listAt, numAt, objAt, uniqueIds, type Issue } from './common';

export function checkGradingRules(content: unknown, lead: readonly LogicField[]): Issue[] {
  const rules = listAt(content, 'rules');
  const issues = uniqueIds(rules, '/rules', 'rule');
  rules.forEach((r, i) =>
    issues.push(...checkRuleAt(at(r, 'when'), `/rules/${i}/when`, itemName('rule', r, i), lead)),
  );
  const t = objAt(content, 'thresholds');
  const [a, b, c] = [numAt(t, 'A'), numAt(t, 'B'), numAt(t, 'C')];
  if (a !== undefined && b !== undefined && a <= b) {
    issues.push({ path: '/thresholds/A', message: `threshold A (${a}) must be greater than B (${b})` });
  }
  if (b !== undefined && c !== undefined && b <= c) {
    issues.push({ path: '/thresholds/B', message: `threshold B (${b}) must be greater than C (${c})` });
  }
  return issues;
}

export function checkAssignmentPolicy(content: unknown, lead: readonly LogicField[]): Issue[] {
  const routes = listAt(content, 'routes');
  const issues = uniqueIds(routes, '/routes', 'route');
  routes.forEach((r, i) =>
    issues.push(...checkRuleAt(at(r, 'when'), `/routes/${i}/when`, itemName('route', r, i), lead)),
  );
  return issues;
}

export function checkSlaPolicy(content: unknown, lead: readonly LogicField[]): Issue[] {
  const clocks = listAt(content, 'clocks');
  const issues = uniqueIds(clocks, '/clocks', 'clock');
  clocks.forEach((c, i) =>
    issues.push(...checkRuleAt(at(c, 'when'), `/clocks/${i}/when`, itemName('clock', c, i), lead)),
  );
  return issues;
}

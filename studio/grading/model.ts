/**
 * The grading-rules editor's model: the artefact content with each rule's `when` as a
 * condition tree. `toContent(fromContent(c))` deep-equals `c` (key order and unknown
 * members kept), so opening and saving a rule set never changes what it does.
 */
import { logicToTree, newId, treeToLogic, type GroupNode } from '../conditions/tree';

export type RuleCategory = 'source' | 'behaviour' | 'firmographic' | 'engagement' | 'other';
export const RULE_CATEGORIES: readonly RuleCategory[] = [
  'source',
  'behaviour',
  'firmographic',
  'engagement',
  'other',
];

export interface RuleModel {
  /** stable key for React and drag and drop */
  uid: string;
  /** the rule as loaded: unknown members are written back untouched */
  base: Record<string, unknown>;
  id: string;
  label: { zh: string; en: string };
  category: RuleCategory | string;
  points: number;
  tree: GroupNode;
}

export interface GradingModel {
  base: Record<string, unknown>;
  rules: RuleModel[];
  thresholds: { A: number; B: number; C: number };
}

const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function ruleFromContent(raw: unknown): RuleModel {
  const r = obj(raw);
  const label = obj(r.label);
  return {
    uid: newId('rule'),
    base: r,
    id: str(r.id),
    label: { zh: str(label.zh), en: str(label.en) },
    category: str(r.category) || 'other',
    points: num(r.points, 0),
    tree: logicToTree(r.when),
  };
}

export function fromContent(content: unknown): GradingModel {
  const c = obj(content);
  const t = obj(c.thresholds);
  return {
    base: c,
    rules: Array.isArray(c.rules) ? c.rules.map(ruleFromContent) : [],
    thresholds: { A: num(t.A, 70), B: num(t.B, 45), C: num(t.C, 20) },
  };
}

export function ruleToContent(r: RuleModel): Record<string, unknown> {
  // Spread the loaded rule first so members keep their order and unknown ones survive.
  return {
    ...r.base,
    id: r.id,
    label: r.label,
    category: r.category,
    when: treeToLogic(r.tree),
    points: r.points,
  };
}

export function toContent(m: GradingModel): Record<string, unknown> {
  return {
    entity: 'lead',
    ...m.base,
    rules: m.rules.map(ruleToContent),
    thresholds: { ...obj(m.base.thresholds), ...m.thresholds },
  };
}

/** A new rule with a unique id and one empty condition group. */
export function newRule(existing: readonly RuleModel[]): RuleModel {
  const ids = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (ids.has(`rule_${n}`)) n++;
  return {
    uid: newId('rule'),
    base: {},
    id: `rule_${n}`,
    label: { zh: `新规则 ${n}`, en: `New rule ${n}` },
    category: 'other',
    points: 10,
    tree: { kind: 'group', id: newId('g'), op: 'and', children: [] },
  };
}

export const EMPTY_GRADING = { entity: 'lead', rules: [], thresholds: { A: 70, B: 45, C: 20 } };

/**
 * What a drag does to the grading model: reorder rules, move a condition (or group) within
 * or across groups and rules, or drop a catalogue field to create a condition. Pure.
 */
import { arrayMove } from '@dnd-kit/sortable';
import { findNode, insertNode, isInside, moveWithin, removeNode } from '../conditions/edit';
import { defaultValue, operatorsFor, type BuilderField } from '../conditions/operators';
import { newId, type TreeNode } from '../conditions/tree';
import type { DragRef } from '../dnd/ids';
import type { GradingModel, RuleModel } from './model';

export type { DragRef } from '../dnd/ids';

function locate(model: GradingModel, nodeId: string) {
  for (let r = 0; r < model.rules.length; r++) {
    const rule = model.rules[r]!;
    const at = findNode(rule.tree, nodeId);
    if (at) return { r, rule, ...at };
  }
  return null;
}

/** Where a drop on `over` puts an item: a group of a rule, and an index in it. */
function target(model: GradingModel, over: DragRef) {
  if (over.data?.type === 'container' && over.data.groupId) {
    const g = locate(model, over.data.groupId);
    if (!g || g.node.kind !== 'group') return null;
    return { r: g.r, groupId: g.node.id, index: g.node.children.length };
  }
  const at = locate(model, over.id);
  if (!at?.parent) return null;
  return { r: at.r, groupId: at.parent.id, index: at.index };
}

const withRule = (m: GradingModel, r: number, fn: (rule: RuleModel) => RuleModel): GradingModel => ({
  ...m,
  rules: m.rules.map((x, i) => (i === r ? fn(x) : x)),
});

/** Live move while dragging over another group (possibly in another rule). */
export function dragOver(model: GradingModel, active: DragRef, over: DragRef): GradingModel {
  if (active.data?.type !== 'node' || active.id === over.id) return model;
  const from = locate(model, active.id);
  const to = target(model, over);
  if (!from?.parent || !to || from.parent.id === to.groupId) return model;
  const toRule = model.rules[to.r]!;
  if (to.r === from.r && isInside(toRule.tree, active.id, to.groupId)) return model; // not into itself
  let m = withRule(model, from.r, (rule) => ({ ...rule, tree: removeNode(rule.tree, active.id) }));
  m = withRule(m, to.r, (rule) => ({
    ...rule,
    tree: insertNode(rule.tree, to.groupId, to.index, from.node),
  }));
  return m;
}

/** The final step of a drag: reorder within a group or rules, or create a condition from a field. */
export function dragEnd(
  model: GradingModel,
  active: DragRef,
  over: DragRef | null,
  fields: readonly BuilderField[],
): GradingModel {
  if (!over) return model;
  const type = active.data?.type;
  if (type === 'rule') {
    const from = model.rules.findIndex((r) => `rule:${r.uid}` === active.id);
    const to = model.rules.findIndex((r) => `rule:${r.uid}` === over.id);
    return from < 0 || to < 0 || from === to ? model : { ...model, rules: arrayMove(model.rules, from, to) };
  }
  if (type === 'field' && active.data?.path) {
    const to = target(model, over);
    if (!to) return model;
    const f = fields.find((x) => x.path === active.data!.path);
    const op = operatorsFor(f?.type ?? 'string')[0] ?? '==';
    const node: TreeNode = {
      kind: 'cond',
      id: newId('c'),
      field: active.data.path,
      op,
      value: defaultValue(f, op),
    };
    return withRule(model, to.r, (rule) => ({
      ...rule,
      tree: insertNode(rule.tree, to.groupId, to.index + (over.data?.type === 'node' ? 1 : 0), node),
    }));
  }
  if (type === 'node') {
    const from = locate(model, active.id);
    const to = target(model, over);
    if (!from?.parent || !to || from.parent.id !== to.groupId) return model;
    const dest = over.data?.type === 'container' ? from.parent.children.length - 1 : to.index;
    return withRule(model, from.r, (rule) => ({
      ...rule,
      tree: moveWithin(rule.tree, to.groupId, from.index, dest),
    }));
  }
  return model;
}

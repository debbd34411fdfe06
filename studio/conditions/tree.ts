/**
 * The condition builder's tree model and its lossless conversion to and from JSON Logic.
 * What the builder can express becomes groups (and / or / not) and conditions
 * (field · operator · value); anything else becomes a `raw` node that keeps its JSON Logic
 * verbatim, so converting a rule to a tree and back always yields the same rule.
 */
export type GroupOp = 'and' | 'or' | 'not';
export type CompareOp = '==' | '!=' | '===' | '!==' | '>' | '>=' | '<' | '<=';
/** `between` = {"<=": [lo, var, hi]}, `between_excl` = {"<": [lo, var, hi]}, `in` = one of a list,
 *  `has` = {"in": [value, var]}: a tags field holds the value, or a text field contains it. */
export type CondOp = CompareOp | 'between' | 'between_excl' | 'in' | 'has';
export type Literal = string | number | boolean | null;

export interface CondNode {
  kind: 'cond';
  id: string;
  field: string;
  op: CondOp;
  /** a literal, a [lo, hi] pair for between, a literal list for `in` */
  value: Literal | Literal[];
}

export interface GroupNode {
  kind: 'group';
  id: string;
  op: GroupOp;
  children: TreeNode[];
  /** The root wraps a rule that was not a group: a single child is written back bare. */
  bare?: boolean;
}

export interface RawNode {
  kind: 'raw';
  id: string;
  logic: unknown;
}

export type TreeNode = CondNode | GroupNode | RawNode;

let counter = 0;
/** A fresh node id (unique within the page). */
export const newId = (prefix = 'n'): string => `${prefix}${(++counter).toString(36)}`;

const COMPARE: ReadonlySet<string> = new Set(['==', '!=', '===', '!==', '>', '>=', '<', '<=']);

const isLiteral = (v: unknown): v is Literal =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

function singleOp(v: unknown): [string, unknown] | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const keys = Object.keys(v);
  if (keys.length !== 1) return null;
  return [keys[0]!, (v as Record<string, unknown>)[keys[0]!]];
}

/** `{"var": "a.b"}` → "a.b" (only the plain string form: defaults or arrays stay raw). */
function varPath(v: unknown): string | null {
  const op = singleOp(v);
  if (!op || op[0] !== 'var' || typeof op[1] !== 'string' || op[1] === '') return null;
  return op[1];
}

function parseCondition(op: string, args: unknown): Omit<CondNode, 'id' | 'kind'> | null {
  if (!Array.isArray(args)) return null;
  if (COMPARE.has(op) && args.length === 2) {
    const field = varPath(args[0]);
    if (field && isLiteral(args[1])) return { field, op: op as CompareOp, value: args[1] };
  }
  if ((op === '<=' || op === '<') && args.length === 3) {
    const field = varPath(args[1]);
    if (field && typeof args[0] === 'number' && typeof args[2] === 'number')
      return { field, op: op === '<=' ? 'between' : 'between_excl', value: [args[0], args[2]] };
  }
  if (op === 'in' && args.length === 2) {
    const left = varPath(args[0]);
    if (left && Array.isArray(args[1]) && args[1].every(isLiteral))
      return { field: left, op: 'in', value: [...(args[1] as Literal[])] };
    const right = varPath(args[1]);
    if (right && isLiteral(args[0]) && args[0] !== null) return { field: right, op: 'has', value: args[0] };
  }
  return null;
}

/** Groups deeper than this stay raw (keeps the builder and its recursion shallow). */
export const MAX_BUILDER_DEPTH = 24;

/** JSON Logic → tree node. */
export function logicToNode(logic: unknown, depth = 0): TreeNode {
  const op = depth < MAX_BUILDER_DEPTH ? singleOp(logic) : null;
  if (op) {
    const [name, args] = op;
    if ((name === 'and' || name === 'or') && Array.isArray(args) && args.length > 0) {
      return {
        kind: 'group',
        id: newId('g'),
        op: name,
        children: args.map((a) => logicToNode(a, depth + 1)),
      };
    }
    if (name === '!' && !Array.isArray(args) && args !== null && typeof args === 'object') {
      return { kind: 'group', id: newId('g'), op: 'not', children: [logicToNode(args, depth + 1)] };
    }
    const cond = parseCondition(name, args);
    if (cond) return { kind: 'cond', id: newId('c'), ...cond };
  }
  return { kind: 'raw', id: newId('r'), logic };
}

/** A rule's `when` → the root group the builder edits. */
export function logicToTree(logic: unknown): GroupNode {
  const node = logicToNode(logic);
  if (node.kind === 'group' && node.op !== 'not') return node;
  return { kind: 'group', id: newId('g'), op: 'and', children: [node], bare: true };
}

function condToLogic(c: CondNode): unknown {
  const v = { var: c.field };
  const value = c.value;
  switch (c.op) {
    case 'between':
    case 'between_excl': {
      const [lo, hi] = Array.isArray(value) ? value : [value, value];
      return { [c.op === 'between' ? '<=' : '<']: [lo ?? null, v, hi ?? null] };
    }
    case 'in':
      return { in: [v, Array.isArray(value) ? [...value] : [value]] };
    case 'has':
      return { in: [Array.isArray(value) ? (value[0] ?? null) : value, v] };
    default:
      return { [c.op]: [v, Array.isArray(value) ? (value[0] ?? null) : value] };
  }
}

/** Tree node → JSON Logic. An empty group is written as is (and then reported by the checks). */
export function nodeToLogic(node: TreeNode): unknown {
  switch (node.kind) {
    case 'raw':
      return node.logic; // never mutated: edits replace the whole node
    case 'cond':
      return condToLogic(node);
    case 'group': {
      if (node.op === 'not') {
        const only = node.children.length === 1 ? node.children[0]! : null;
        return { '!': only ? nodeToLogic(only) : { and: node.children.map(nodeToLogic) } };
      }
      if (node.bare && node.children.length === 1) return nodeToLogic(node.children[0]!);
      return { [node.op]: node.children.map(nodeToLogic) };
    }
  }
}

export const treeToLogic = (root: GroupNode): unknown => nodeToLogic(root);

/** Every node of a tree, depth first, with its parent group. */
export function* walkTree(
  root: GroupNode,
): Generator<{ node: TreeNode; parent: GroupNode | null; index: number }> {
  const stack: { node: TreeNode; parent: GroupNode | null; index: number }[] = [
    { node: root, parent: null, index: 0 },
  ];
  while (stack.length) {
    const item = stack.pop()!;
    yield item;
    if (item.node.kind === 'group') {
      const g = item.node;
      for (let i = g.children.length - 1; i >= 0; i--)
        stack.push({ node: g.children[i]!, parent: g, index: i });
    }
  }
}

/** How many nodes of a tree fell back to raw JSON Logic. */
export const rawCount = (root: GroupNode): number => {
  let n = 0;
  for (const { node } of walkTree(root)) if (node.kind === 'raw') n++;
  return n;
};

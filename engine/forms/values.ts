// Value shapes and helpers of each field type (form-values.schema.json): what counts as
// "filled", money in yuan ↔ 万元, decision-flow graph and acceptance-criteria list edits.
import type {
  AcceptanceCriterion,
  DecisionFlowEdge,
  DecisionFlowNode,
  DecisionFlowValue,
  FileValue,
  FormField,
  PersonValue,
} from '../../schemas';

export type {
  AcceptanceCriterion,
  DecisionFlowEdge,
  DecisionFlowNode,
  DecisionFlowValue,
  FileValue,
  PersonValue,
};

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonBlank = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** Whether a cell or scalar holds an answer (false and 0 are answers; '' and [] are not). */
export function isFilledScalar(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return true;
  if (Array.isArray(value)) return value.length > 0;
  return isObj(value) && Object.keys(value).length > 0;
}

/** Whether a field's value counts as filled for required checks and completeness. */
export function isFilled(field: Pick<FormField, 'type'>, value: unknown): boolean {
  switch (field.type) {
    case 'table':
      return (
        Array.isArray(value) && value.some((row) => isObj(row) && Object.values(row).some(isFilledScalar))
      );
    case 'decision_flow':
      return (
        isObj(value) && Array.isArray(value.nodes) && value.nodes.some((n) => isObj(n) && nonBlank(n.name))
      );
    case 'acceptance_criteria':
      return Array.isArray(value) && value.some((c) => isObj(c) && nonBlank(c.criterion));
    case 'person':
      return isObj(value) && nonBlank(value.name);
    case 'file':
      return Array.isArray(value) ? value.length > 0 : isObj(value) && nonBlank(value.name);
    case 'multiselect':
      return Array.isArray(value) && value.length > 0;
    default:
      return isFilledScalar(value);
  }
}

/** An empty value of the field's type (what a new form starts with). */
export function emptyValue(field: Pick<FormField, 'type'>): unknown {
  switch (field.type) {
    case 'table':
    case 'acceptance_criteria':
    case 'multiselect':
    case 'file':
      return [];
    case 'decision_flow':
      return { nodes: [], edges: [] };
    default:
      return undefined;
  }
}

// ---- money ---------------------------------------------------------------------------

/** Yuan → 万元 (rounded to 4 decimals, i.e. to the yuan). */
export const yuanToWan = (yuan: number) => Math.round(yuan) / 10_000;
/** 万元 → yuan (whole yuan). */
export const wanToYuan = (wan: number) => Math.round(wan * 10_000);

/** Display of an amount in yuan: "¥350,000" or, in 万元 mode, "35万". */
export function formatMoney(yuan: number, unit: 'CNY' | '10k_CNY' = 'CNY', lang: 'zh' | 'en' = 'zh'): string {
  if (!Number.isFinite(yuan)) return '';
  if (unit === '10k_CNY') {
    const wan = yuanToWan(yuan).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
      maximumFractionDigits: 4,
    });
    return lang === 'zh' ? `${wan}万元` : `${wan} × 10k CNY`;
  }
  return `¥${Math.round(yuan).toLocaleString('en-US')}`;
}

// ---- decision flow -------------------------------------------------------------------

export const DECISION_ROLES: readonly DecisionFlowNode['role'][] = [
  'decision_maker',
  'technical_evaluator',
  'business_owner',
  'procurement',
  'finance',
  'legal',
  'user',
  'influencer',
  'other',
];
export const INFLUENCE_LEVELS: readonly NonNullable<DecisionFlowNode['influence']>[] = [
  'high',
  'medium',
  'low',
];

export const emptyFlow = (): DecisionFlowValue => ({ nodes: [], edges: [] });

export function asFlow(value: unknown): DecisionFlowValue {
  if (!isObj(value)) return emptyFlow();
  return {
    nodes: Array.isArray(value.nodes) ? (value.nodes as DecisionFlowNode[]) : [],
    edges: Array.isArray(value.edges) ? (value.edges as DecisionFlowEdge[]) : [],
  };
}

/** The next free node id ("p1", "p2", …). */
export function nextNodeId(flow: DecisionFlowValue): string {
  const used = new Set(flow.nodes.map((n) => n.id));
  let i = flow.nodes.length + 1;
  while (used.has(`p${i}`)) i++;
  return `p${i}`;
}

export function addPerson(
  flow: DecisionFlowValue,
  person: Omit<DecisionFlowNode, 'id'> & { id?: string },
): DecisionFlowValue {
  const node = { ...person, id: person.id ?? nextNodeId(flow) } as DecisionFlowNode;
  return { nodes: [...flow.nodes, node], edges: flow.edges };
}

export function updatePerson(
  flow: DecisionFlowValue,
  id: string,
  patch: Partial<DecisionFlowNode>,
): DecisionFlowValue {
  return { nodes: flow.nodes.map((n) => (n.id === id ? { ...n, ...patch, id } : n)), edges: flow.edges };
}

/** Removes a person and every approval edge touching them. */
export function removePerson(flow: DecisionFlowValue, id: string): DecisionFlowValue {
  return {
    nodes: flow.nodes.filter((n) => n.id !== id),
    edges: flow.edges.filter((e) => e.from !== id && e.to !== id),
  };
}

/** Whether adding from → to would close a cycle (approval order must be acyclic). */
export function wouldCycle(flow: DecisionFlowValue, from: string, to: string): boolean {
  if (from === to) return true;
  const next = new Map<string, string[]>();
  for (const e of flow.edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const stack = [to];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (id === from) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

/** Adds an approval edge (`to` approves after `from`); ignored when duplicate, unknown or cyclic. */
export function connect(flow: DecisionFlowValue, from: string, to: string): DecisionFlowValue {
  const ids = new Set(flow.nodes.map((n) => n.id));
  if (!ids.has(from) || !ids.has(to)) return flow;
  if (flow.edges.some((e) => e.from === from && e.to === to)) return flow;
  if (wouldCycle(flow, from, to)) return flow;
  return { nodes: flow.nodes, edges: [...flow.edges, { from, to }] };
}

export function disconnect(flow: DecisionFlowValue, from: string, to: string): DecisionFlowValue {
  return { nodes: flow.nodes, edges: flow.edges.filter((e) => !(e.from === from && e.to === to)) };
}

/** Approval order: node ids by depth in the edge graph (Kahn layering); nodes in a cycle last. */
export function approvalLevels(flow: DecisionFlowValue): string[][] {
  const indeg = new Map(flow.nodes.map((n) => [n.id, 0]));
  for (const e of flow.edges) if (indeg.has(e.to) && indeg.has(e.from)) indeg.set(e.to, indeg.get(e.to)! + 1);
  const levels: string[][] = [];
  let layer = flow.nodes.filter((n) => indeg.get(n.id) === 0).map((n) => n.id);
  const done = new Set<string>();
  while (layer.length) {
    levels.push(layer);
    layer.forEach((id) => done.add(id));
    const nextLayer: string[] = [];
    for (const id of layer) {
      for (const e of flow.edges) {
        if (e.from !== id || !indeg.has(e.to)) continue;
        const d = indeg.get(e.to)! - 1;
        indeg.set(e.to, d);
        if (d === 0) nextLayer.push(e.to);
      }
    }
    layer = nextLayer;
  }
  const rest = flow.nodes.filter((n) => !done.has(n.id)).map((n) => n.id);
  if (rest.length) levels.push(rest);
  return levels;
}

// ---- lists (table rows, acceptance criteria) ----------------------------------------

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export const removeItem = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export const replaceItem = <T>(list: readonly T[], index: number, item: T): T[] =>
  list.map((x, i) => (i === index ? item : x));

// ---- files ---------------------------------------------------------------------------

/** Whether a file name / MIME type is accepted by a list of extensions (".pdf") or MIME patterns ("image/*"). */
export function fileAccepted(
  file: Pick<FileValue, 'name' | 'contentType'>,
  accept: readonly string[] | undefined,
): boolean {
  if (!accept || accept.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.contentType ?? '').toLowerCase();
  return accept.some((a) => {
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}

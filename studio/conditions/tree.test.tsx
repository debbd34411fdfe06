// S1: the condition builder's JSON Logic ↔ tree conversion is lossless on every rule the
// platform ships (templates/), falls back to raw nodes (never drops) for what it cannot
// express, and offers operators by field type.
import { fieldsOf } from '../../schemas';
import { TEMPLATE_FILES, templateContent } from '../fixtures/templates';
import { allIds, findNode, insertNode, moveWithin, removeNode } from './edit';
import { cnyToWan, joinDurationValue, operatorsFor, splitDurationValue, wanToCny } from './operators';
import { logicToTree, rawCount, treeToLogic, type CondNode } from './tree';
import { fromContent, toContent } from '../grading/model';

const LOGIC_KEYS = new Set(['when', 'visibleWhen', 'requiredWhen', 'rule']);

/** Every JSON Logic rule inside the shipped templates, with where it sits. */
function templateRules(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const a of TEMPLATE_FILES) {
    const stack: [string, unknown][] = [[a.key, a.content]];
    while (stack.length) {
      const [path, v] = stack.pop()!;
      if (!v || typeof v !== 'object') continue;
      for (const [k, child] of Object.entries(v)) {
        if (LOGIC_KEYS.has(k) && child && typeof child === 'object' && !Array.isArray(child))
          out.push([`${path}/${k}`, child]);
        else stack.push([`${path}/${k}`, child]);
      }
    }
  }
  return out;
}

describe('S1 JSON Logic ↔ tree', () => {
  const rules = templateRules();
  it('finds the shipped rules', () => expect(rules.length).toBeGreaterThanOrEqual(20));

  it.each(rules)('round-trips %s losslessly', (_path, logic) => {
    const back = treeToLogic(logicToTree(logic));
    expect(JSON.stringify(back)).toBe(JSON.stringify(logic));
  });

  it('expresses every default grading rule without raw fallbacks', () => {
    const rules = templateContent('grading-rules').rules as { when: unknown }[];
    for (const r of rules) expect(rawCount(logicToTree(r.when))).toBe(0);
  });

  it('round-trips the whole default grading content (key order included)', () => {
    const content = templateContent('grading-rules');
    expect(JSON.stringify(toContent(fromContent(content)))).toBe(JSON.stringify(content));
  });

  const odd: [string, unknown][] = [
    ['var with default', { '==': [{ var: ['source.channel', 'x'] }, 'expo_qr'] }],
    ['value first', { '<': [5, { var: 'behaviour.pageViews' }] }],
    ['arithmetic', { '>': [{ '+': [{ var: 'behaviour.pageViews' }, 1] }, 3] }],
    ['not of a list', { '!': [{ var: 'behaviour.requestedDemo' }] }],
    ['some', { some: [{ var: 'tags' }, { '==': [{ var: '' }, 'vip'] }] }],
    ['single and', { and: [{ '==': [{ var: 'source.channel' }, 'expo_qr'] }] }],
    ['not and single', { '!': { and: [{ '==': [{ var: 'source.channel' }, 'expo_qr'] }] } }],
    [
      'nested mix',
      {
        or: [
          { and: [{ '>': [{ var: 'a' }, 1] }, { if: [true, 1, 2] }] },
          { '!': { '==': [{ var: 'b' }, null] } },
        ],
      },
    ],
    ['literal', true],
    ['tags has', { in: ['vip', { var: 'tags' }] }],
    ['between exclusive', { '<': [0, { var: 'behaviour.dwellSeconds' }, 60] }],
  ];
  it.each(odd)('keeps %s exactly (raw where needed)', (_name, logic) => {
    expect(JSON.stringify(treeToLogic(logicToTree(logic)))).toBe(JSON.stringify(logic));
  });

  it('keeps unexpressible parts as raw nodes instead of dropping them', () => {
    const tree = logicToTree({
      and: [{ '==': [{ var: 'source.channel' }, 'expo_qr'] }, { if: [true, 1, 0] }],
    });
    expect(tree.children.map((c) => c.kind)).toEqual(['cond', 'raw']);
  });

  it('survives 20,000 levels of nesting without a stack overflow', () => {
    let deep: unknown = { '==': [{ var: 'a' }, 1] };
    for (let i = 0; i < 20_000; i++) deep = { and: [deep] };
    const tree = logicToTree(deep);
    expect(rawCount(tree)).toBe(1);
    // Walk both down together: the builder's groups lead to the very same raw sub-rule.
    let a = treeToLogic(tree) as { and?: unknown[] };
    let b = deep as { and?: unknown[] };
    let levels = 0;
    while (a !== b && a.and && b.and) {
      a = a.and[0] as typeof a;
      b = b.and[0] as typeof b;
      levels++;
    }
    expect(a === b).toBe(true);
    expect(levels).toBeLessThan(30);
  });

  it('reads between, in and has as conditions', () => {
    const t = logicToTree({
      and: [
        { '<=': [1, { var: 'company.employees' }, 19] },
        { in: [{ var: 'company.industry' }, ['nev', 'pharma']] },
        { in: ['vip', { var: 'tags' }] },
      ],
    });
    expect(t.children.map((c) => (c as CondNode).op)).toEqual(['between', 'in', 'has']);
    expect((t.children[0] as CondNode).value).toEqual([1, 19]);
  });
});

describe('S1 tree edits', () => {
  const root = logicToTree({ and: [{ '==': [{ var: 'a' }, 1] }, { or: [{ '==': [{ var: 'b' }, 2] }] }] });
  const [c1, g2] = root.children as [CondNode, { id: string; kind: 'group'; children: CondNode[] }];

  it('moves a condition into another group and out again', () => {
    const moved = insertNode(removeNode(root, c1.id), g2.id, 1, c1);
    expect(treeToLogic(moved)).toEqual({
      and: [{ or: [{ '==': [{ var: 'b' }, 2] }, { '==': [{ var: 'a' }, 1] }] }],
    });
    expect(findNode(moved, c1.id)?.parent?.id).toBe(g2.id);
    expect(treeToLogic(root)).toEqual({
      and: [{ '==': [{ var: 'a' }, 1] }, { or: [{ '==': [{ var: 'b' }, 2] }] }],
    });
  });

  it('reorders within a group', () => {
    const r = moveWithin(root, root.id, 0, 1);
    expect(r.children.map((c) => c.id)).toEqual([g2.id, c1.id]);
    expect(allIds(r)).toHaveLength(4);
  });
});

describe('S1 operators by field type', () => {
  const lead = fieldsOf('lead');
  const typeOf = (p: string) => lead.find((f) => f.path === p)!.type;

  it('offers ordering for numbers, money and durations, not for booleans, enums or tags', () => {
    for (const p of ['company.registeredCapital', 'behaviour.dwellSeconds', 'behaviour.pageViews'])
      expect(operatorsFor(typeOf(p))).toEqual(expect.arrayContaining(['>', '>=', '<', '<=', 'between']));
    expect(operatorsFor(typeOf('behaviour.downloadedWhitepaper'))).toEqual(['==']);
    expect(operatorsFor(typeOf('source.channel'))).toEqual(['==', '!=', 'in']);
    expect(operatorsFor(typeOf('tags'))).toEqual(['has']);
    expect(operatorsFor(typeOf('createdAt'))).not.toContain('in');
  });

  it('converts money to 万元 and durations to whole units', () => {
    expect(cnyToWan(5_000_000)).toBe(500);
    expect(wanToCny(500)).toBe(5_000_000);
    expect(wanToCny(0.5)).toBe(5_000);
    expect(splitDurationValue(180)).toEqual({ amount: 3, unit: 'minutes' });
    expect(splitDurationValue(7200)).toEqual({ amount: 2, unit: 'hours' });
    expect(splitDurationValue(45)).toEqual({ amount: 45, unit: 'seconds' });
    expect(splitDurationValue(3, 'days')).toEqual({ amount: 3, unit: 'days' });
    expect(joinDurationValue(3, 'minutes')).toBe(180);
    expect(joinDurationValue(2, 'days', 'days')).toBe(2);
  });
});

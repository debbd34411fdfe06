// S1 grading editor in jsdom: loads the real defaults unchanged, edits emit schema-valid JSON,
// drags move conditions between groups and rules (dnd logic), raw fallbacks are never dropped.
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { dragEnd, dragOver } from './dnd';
import { GradingRulesEditor } from './GradingRulesEditor';
import { fromContent, toContent } from './model';
import { fieldsOf } from '../../schemas';
import type { CondNode } from '../conditions/tree';

/** The first rules of the default set plus the capital rule (jsdom renders antd slowly). */
function few() {
  const c = templateContent('grading-rules');
  const rules = c.rules as { id: string }[];
  return { ...c, rules: [...rules.slice(0, 2), rules.find((r) => r.id === 'capital_over_5m')!] };
}

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <GradingRulesEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('grading-rules', value)}
    />
  );
}

describe('S1 GradingRulesEditor', () => {
  it('shows every default rule and emits nothing until edited', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={templateContent('grading-rules')} spy={spy} />);
    await screen.findAllByText('展会扫码');
    expect(screen.getAllByLabelText('分值')).toHaveLength(14);
    expect(screen.getByDisplayValue('500')).toBeTruthy(); // 5,000,000 CNY shown as 500 万元
    expect(spy).not.toHaveBeenCalled();
  }, 60_000);

  it('changing points emits the same content with only that number changed', async () => {
    const spy = jest.fn();
    const initial = few();
    renderWithApp(<Harness initial={initial} spy={spy} />);
    const points = (await screen.findAllByLabelText('分值'))[0]!;
    fireEvent.change(points, { target: { value: '35' } });
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as typeof initial & { rules: { points: number }[] };
    expect(out.rules[0]!.points).toBe(35);
    const expected = JSON.parse(JSON.stringify(initial)) as typeof out;
    expected.rules[0]!.points = 35;
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
    expect(checkContent('grading-rules', out)).toEqual([]);
  });

  it('money is entered in 万元 and stored in CNY', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={few()} spy={spy} />);
    const wan = await screen.findByDisplayValue('500');
    fireEvent.change(wan, { target: { value: '800' } });
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as { rules: { id: string; when: unknown }[] };
    expect(out.rules.find((r) => r.id === 'capital_over_5m')!.when).toEqual({
      '>': [{ var: 'company.registeredCapital' }, 8_000_000],
    });
  });

  it('adds a rule and shows its empty-group error until a condition is added', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={few()} spy={spy} />);
    fireEvent.click(await screen.findByRole('button', { name: /新增规则/ }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as { rules: { id: string; when: unknown }[] };
    expect(out.rules).toHaveLength(4);
    expect(out.rules[3]!.when).toEqual({ and: [] });
    await screen.findByText(/\/rules\/3\/when/);
  });
});

describe('S1 drag and drop moves (keyboard and pointer share this logic)', () => {
  const fields = fieldsOf('lead');
  const model = () => fromContent(templateContent('grading-rules'));

  it('moves a condition from one rule into another rule’s group', () => {
    const m = model();
    const cond = m.rules[0]!.tree.children[0]!; // expo_qr's condition
    const target = m.rules[1]!.tree; // website_form's root group
    const moved = dragOver(
      m,
      { id: cond.id, data: { type: 'node' } },
      { id: `drop:${target.id}`, data: { type: 'container', groupId: target.id } },
    );
    const c = toContent(moved) as { rules: { when: unknown }[] };
    expect(c.rules[0]!.when).toEqual({ and: [] });
    expect(c.rules[1]!.when).toEqual({
      and: [
        { '==': [{ var: 'source.channel' }, 'website_form'] },
        { '==': [{ var: 'source.channel' }, 'expo_qr'] },
      ],
    });
  });

  it('drops a catalogue field as a new condition with the type’s first operator', () => {
    const m = model();
    const g = m.rules[0]!.tree;
    const out = dragEnd(
      m,
      { id: 'field:company.registeredCapital', data: { type: 'field', path: 'company.registeredCapital' } },
      { id: `drop:${g.id}`, data: { type: 'container', groupId: g.id } },
      fields,
    );
    const added = out.rules[0]!.tree.children[1] as CondNode;
    expect([added.field, added.op, added.value]).toEqual(['company.registeredCapital', '>', 0]);
  });

  it('reorders rules and conditions within a group', () => {
    const m = model();
    const r = dragEnd(
      m,
      { id: `rule:${m.rules[0]!.uid}`, data: { type: 'rule' } },
      { id: `rule:${m.rules[2]!.uid}`, data: { type: 'rule' } },
      fields,
    );
    expect(r.rules.map((x) => x.id).slice(0, 3)).toEqual(['website_form', 'referral', 'expo_qr']);
  });
});

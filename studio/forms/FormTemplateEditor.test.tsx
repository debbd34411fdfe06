// S1 form-template editor in jsdom: the default loads unchanged; the palette adds a field with
// the keyboard; property edits change the JSON; drags create, move and reorder (shared dnd logic).
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { dragEnd, dragOver, sectionDragId, sectionDropId } from './dnd';
import { FormTemplateEditor } from './FormTemplateEditor';
import { conditionFields, fromContent, toContent } from './model';

type Content = { sections: { id: string; fields: { key: string; type: string; [k: string]: unknown }[] }[] };

/** The default requirement form cut to two small sections (jsdom renders antd slowly). */
function small(): Content & Record<string, unknown> {
  const c = templateContent('form-template') as unknown as Content & Record<string, unknown>;
  return {
    ...c,
    triggers: [],
    sections: c.sections.slice(0, 2).map((s) => ({ ...s, fields: s.fields.slice(0, 2) })),
  };
}

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <FormTemplateEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('form-template', value)}
    />
  );
}

describe('S1 FormTemplateEditor', () => {
  it('S1: round-trips the default template unchanged and emits nothing until edited', async () => {
    const c = templateContent('form-template');
    expect(toContent(fromContent(c))).toEqual(c);
    const spy = jest.fn();
    renderWithApp(<Harness initial={small()} spy={spy} />);
    await screen.findByTestId('field-projectGoal');
    expect(screen.getByTestId('field-existingSystems')).toBeTruthy();
    expect(spy).not.toHaveBeenCalled();
  }, 60_000);

  it('S1: adds a field from the palette with the keyboard and selects it', async () => {
    const spy = jest.fn();
    const user = userEvent.setup();
    renderWithApp(<Harness initial={small()} spy={spy} />);
    const add = await screen.findByRole('button', { name: '添加“金额”到当前分组' });
    add.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as Content;
    const last = out.sections[1]!.fields.at(-1)!;
    expect(last).toMatchObject({ key: 'money1', type: 'money', unit: 'CNY' });
    expect(checkContent('form-template', out)).toEqual([]);
    // the new field is selected: its properties are shown
    expect((await screen.findByLabelText('字段键')) as HTMLInputElement).toHaveProperty('value', 'money1');
  }, 120_000);

  it('S1: editing properties changes the JSON (label, required) and stays schema-valid', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={small()} spy={spy} />);
    fireEvent.click(await screen.findByRole('button', { name: /^客户痛点/ }));
    const zh = await screen.findByLabelText('标签 中文');
    fireEvent.change(zh, { target: { value: '客户核心痛点' } });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('switch', { name: '必填' }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    const out = spy.mock.calls.at(-1)![0] as Content;
    const expected = small();
    const pain = expected.sections[0]!.fields[1]!;
    pain.label = { zh: '客户核心痛点', en: "Pain points (customer's words)" };
    delete pain.required;
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
    expect(checkContent('form-template', out)).toEqual([]);
  }, 120_000);
});

describe('S1 form drag and drop (keyboard and pointer share this logic)', () => {
  const model = () => fromContent(small());

  it("S1: visible-when / required-when offer the form's own keys with builder types, and pass the checks", () => {
    const m = model();
    const fields = conditionFields(m, 'painPoints');
    expect(fields.map((f) => [f.path, f.type])).toEqual([['projectGoal', 'text']]); // tables and flows are not offered
    const c = toContent(m) as Content;
    c.sections[0]!.fields[1]!.visibleWhen = { in: ['ERP', { var: 'projectGoal' }] };
    expect(checkContent('form-template', c)).toEqual([]);
    c.sections[0]!.fields[1]!.visibleWhen = { '==': [{ var: 'nope' }, 1] };
    expect(checkContent('form-template', c).map((i) => i.path)).toContainEqual(
      expect.stringMatching(/^\/sections\/0\/fields\/1\/visibleWhen/),
    );
  });

  it('S1: dropping a palette type on a section appends a new valid field', () => {
    const m = model();
    const s = m.sections[0]!;
    const out = dragEnd(
      m,
      { id: 'ftype:select', data: { type: 'fieldType', fieldType: 'select' } },
      { id: sectionDropId(s.uid), data: { type: 'formContainer', sectionUid: s.uid } },
    );
    const c = toContent(out.model) as Content;
    expect(c.sections[0]!.fields.map((f) => f.type)).toEqual(['textarea', 'textarea', 'select']);
    expect(out.created).toBe(out.model.sections[0]!.fields[2]!.uid);
    expect(checkContent('form-template', c)).toEqual([]);
  });

  it('S1: moves a field across sections and reorders fields and sections', () => {
    const m = model();
    const [a, b] = m.sections;
    const moved = dragOver(
      m,
      { id: a!.fields[0]!.uid, data: { type: 'formField', sectionUid: a!.uid } },
      { id: sectionDropId(b!.uid), data: { type: 'formContainer', sectionUid: b!.uid } },
    );
    let c = toContent(moved) as Content;
    expect(c.sections[0]!.fields.map((f) => f.key)).toEqual(['painPoints']);
    expect(c.sections[1]!.fields.map((f) => f.key)).toEqual([
      'existingSystems',
      'decisionFlow',
      'projectGoal',
    ]);
    const within = dragEnd(
      moved,
      { id: moved.sections[1]!.fields[2]!.uid, data: { type: 'formField' } },
      { id: moved.sections[1]!.fields[0]!.uid, data: { type: 'formField' } },
    );
    c = toContent(within.model) as Content;
    expect(c.sections[1]!.fields.map((f) => f.key)).toEqual([
      'projectGoal',
      'existingSystems',
      'decisionFlow',
    ]);
    const sections = dragEnd(
      m,
      { id: sectionDragId(a!.uid), data: { type: 'section' } },
      { id: sectionDragId(b!.uid), data: { type: 'section' } },
    );
    expect((toContent(sections.model) as Content).sections.map((s) => s.id)).toEqual([
      'three_elements',
      'background',
    ]);
  });
});

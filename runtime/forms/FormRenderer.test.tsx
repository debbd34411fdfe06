import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ComponentType } from 'react';
import { renderWithApp } from '../../tests/ui/harness';
import { ALL_TYPES_TEMPLATE as T, DEMO_VALUES } from './fixtures';
import { FormRenderer } from './FormRenderer';
import { createFormStore, type FormStore } from './store';
import { WIDGETS, type WidgetProps } from './widgets';

afterEach(cleanup);

function setup(values = {}, lang?: 'en') {
  const store = createFormStore(values);
  renderWithApp(<FormRenderer template={T} store={store} />, lang ? { language: lang } : {});
  return store;
}
const fieldEl = (key: string) => document.querySelector(`[data-field="${key}"]`) as HTMLElement | null;
const progress = () => screen.getByTestId('form-progress').textContent ?? '';
const set = (store: FormStore, key: string, v: unknown) => act(() => store.set(key, v));

describe('W3 FormRenderer (jsdom)', () => {
  test('W3: renders every field type with labels, help, knowledge links and required marks', () => {
    setup(DEMO_VALUES);
    for (const s of T.sections) for (const f of s.fields) expect(fieldEl(f.key)).not.toBeNull();
    expect(within(fieldEl('projectName')!).getByText('（必填）')).toBeTruthy();
    expect(
      within(fieldEl('integrations')!).getByRole('link', { name: '集成能力总览' }).getAttribute('href'),
    ).toBe('https://kb.example.com/integration');
    expect(fieldEl('painPoints')!.textContent).toContain('用客户原话描述');
    expect(progress()).toContain('100%');
    expect(progress()).toContain('已达标');
  });

  test('W3: visibleWhen hides and shows a field live', () => {
    const store = setup({ integrations: ['erp'] });
    expect(fieldEl('integrationNotes')).not.toBeNull();
    set(store, 'integrations', ['none']);
    expect(fieldEl('integrationNotes')).toBeNull();
    set(store, 'integrations', ['mes']);
    expect(fieldEl('integrationNotes')).not.toBeNull();
  });

  test('W3: requiredWhen makes a field required live (mark and completeness)', () => {
    const store = setup({ integrations: ['mes'] });
    expect(within(fieldEl('integrationNotes')!).queryByText('（必填）')).toBeNull();
    set(store, 'integrations', ['erp']);
    expect(within(fieldEl('integrationNotes')!).getByText('（必填）')).toBeTruthy();
    expect(progress()).toMatch(/还有 \d+ 个必填项/);
  });

  test('W3: completeness updates as the rep types; errors show once the field is touched', () => {
    setup();
    const before = Number(/(\d+)%/.exec(progress())![1]);
    const input = document.getElementById('form-field-projectName') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '华东精密MES项目' } });
    const after = Number(/(\d+)%/.exec(progress())![1]);
    expect(after).toBeGreaterThan(before);
    expect(within(fieldEl('projectName')!).queryByRole('alert')).toBeNull();
    fireEvent.change(input, { target: { value: '' } });
    expect(within(fieldEl('projectName')!).getByRole('alert').textContent).toBe('此项为必填项');
  });

  test('W3: a keystroke re-renders only its own field (per-field subscriptions)', () => {
    const renders: Record<string, number> = {};
    const original = WIDGETS.number;
    const Counting: ComponentType<WidgetProps<never>> = (p) => {
      renders[p.field.key] = (renders[p.field.key] ?? 0) + 1;
      const Inner = original;
      return <Inner {...p} />;
    };
    WIDGETS.number = Counting;
    try {
      setup();
      const initial = renders.employees;
      const input = document.getElementById('form-field-projectName') as HTMLInputElement;
      for (const v of ['华', '华东', '华东精', '华东精密']) fireEvent.change(input, { target: { value: v } });
      expect(renders.employees).toBe(initial);
    } finally {
      WIDGETS.number = original;
    }
  });

  test('C1: table rows: add a row, fill cells, remove it', () => {
    const store = setup();
    const table = fieldEl('systems')!;
    fireEvent.click(within(table).getByRole('button', { name: /添加一行/ }));
    fireEvent.click(within(table).getByRole('button', { name: /添加一行/ }));
    fireEvent.change(within(table).getByLabelText('第 1 行 系统名称'), { target: { value: '用友U8' } });
    fireEvent.change(within(table).getByLabelText('第 2 行 厂商'), { target: { value: '金蝶' } });
    expect(store.get('systems')).toEqual([{ name: '用友U8' }, { vendor: '金蝶' }]);
    // a row without its required "system name" is flagged at its cell path
    expect(store.field('systems').errors.map((e) => e.path)).toEqual(['/systems/1/name']);
    fireEvent.click(within(table).getByRole('button', { name: '删除第 2 行' }));
    expect(store.get('systems')).toEqual([{ name: '用友U8' }]);
  });

  test('C1: decision flow list editing: add people, name them, order shown by approval level', () => {
    const store = setup();
    const flow = fieldEl('decisionFlow')!;
    expect(flow.textContent).toContain('还没有决策人');
    fireEvent.click(within(flow).getByRole('button', { name: /添加决策人/ }));
    fireEvent.click(within(flow).getByRole('button', { name: /添加决策人/ }));
    fireEvent.change(within(flow).getByLabelText('姓名 1'), { target: { value: '王磊' } });
    fireEvent.change(within(flow).getByLabelText('姓名 2'), { target: { value: '陈建国' } });
    fireEvent.change(within(flow).getByLabelText('职务 2'), { target: { value: '生产副总' } });
    const value = store.get('decisionFlow') as { nodes: { id: string; name: string; title?: string }[] };
    expect(value.nodes.map((n) => [n.id, n.name, n.title])).toEqual([
      ['p1', '王磊', undefined],
      ['p2', '陈建国', '生产副总'],
    ]);
    set(store, 'decisionFlow', { ...value, edges: [{ from: 'p1', to: 'p2' }] });
    const order = within(fieldEl('decisionFlow')!).getByTestId('decisionFlow-order').textContent;
    expect(order).toContain('第 1 级审批：王磊');
    expect(order).toContain('第 2 级审批：陈建国');
    fireEvent.click(within(fieldEl('decisionFlow')!).getByRole('button', { name: '移除 王磊' }));
    expect(store.get('decisionFlow')).toEqual({
      nodes: [{ id: 'p2', name: '陈建国', role: 'decision_maker', title: '生产副总' }],
      edges: [],
    });
  });

  test('C1: acceptance criteria: add, reorder, remove', () => {
    const store = setup();
    const el = fieldEl('acceptance')!;
    fireEvent.click(within(el).getByRole('button', { name: /添加验收标准/ }));
    fireEvent.click(within(el).getByRole('button', { name: /添加验收标准/ }));
    fireEvent.change(within(el).getByLabelText('验收标准 1'), { target: { value: '排产≤30分钟' } });
    fireEvent.change(within(el).getByLabelText('验收标准 2'), { target: { value: '报工实时率≥95%' } });
    fireEvent.click(within(el).getAllByRole('button', { name: '下移' })[0]!);
    expect((store.get('acceptance') as { criterion: string }[]).map((c) => c.criterion)).toEqual([
      '报工实时率≥95%',
      '排产≤30分钟',
    ]);
    fireEvent.click(within(el).getAllByRole('button', { name: '删除' })[0]!);
    expect(store.get('acceptance')).toEqual([{ criterion: '排产≤30分钟' }]);
  });

  test('W3: money in 万元: typing 35 stores 350000 yuan', () => {
    const store = setup();
    const input = document.getElementById('form-field-budget') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '35' } });
    expect(store.get('budget')).toBe(350000);
    expect(screen.getByTestId('budget-money-hint').textContent).toContain('¥350,000');
  });

  test('W3: file widget records metadata and refuses wrong types and sizes', () => {
    const store = setup();
    const input = screen.getByTestId('attachments-input') as HTMLInputElement;
    const pdf = new File(['x'], '方案.pdf', { type: 'application/pdf' });
    const exe = new File(['x'], 'setup.exe', { type: 'application/octet-stream' });
    fireEvent.change(input, { target: { files: [pdf, exe] } });
    const files = store.get('attachments') as { name: string; size: number; contentType: string }[];
    expect(files.map((f) => [f.name, f.size, f.contentType])).toEqual([['方案.pdf', 1, 'application/pdf']]);
    expect(fieldEl('attachments')!.textContent).toContain('setup.exe：不支持的文件类型');
  });

  test('W3: English labels', () => {
    setup({}, 'en');
    expect(fieldEl('projectName')!.textContent).toContain('Project name');
    expect(progress()).toContain('Completeness');
  });
});

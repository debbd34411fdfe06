// S1 KPI-scheme editor: the weight total is shown live and turns into an error state off 100%.
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { KpiSchemeEditor } from './KpiSchemeEditor';
import { normalise, weightTotal } from './model';

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <KpiSchemeEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('kpi-scheme', value)}
    />
  );
}

type Kpi = { components: { id: string; weight: number }[] };

describe('S1 KpiSchemeEditor', () => {
  it('S1: shows the live total; editing a weight off 100% shows the error, scaling fixes it', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={templateContent('kpi-scheme')} spy={spy} />);
    const total = await screen.findByTestId('kpi-total');
    expect(within(total).getByText('权重合计 100%')).toBeTruthy();
    expect(screen.queryByText(/必须正好等于 100%/)).toBeNull();

    fireEvent.change(screen.getByLabelText('“业绩结果”权重'), { target: { value: '50' } });
    await waitFor(() => expect(within(total).getByText('权重合计 110%')).toBeTruthy());
    expect(screen.getByText(/权重合计为 110%，必须正好等于 100%/)).toBeTruthy();
    const bad = spy.mock.calls.at(-1)![0] as Kpi;
    expect(bad.components.find((c) => c.id === 'results')!.weight).toBe(50);
    expect(checkContent('kpi-scheme', bad).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: '按比例调整为 100%' }));
    await waitFor(() => expect(within(total).getByText('权重合计 100%')).toBeTruthy());
    const fixed = spy.mock.calls.at(-1)![0] as Kpi;
    expect(weightTotal(fixed.components as never)).toBe(100);
    expect(checkContent('kpi-scheme', fixed)).toEqual([]);
  }, 120_000);

  it('S1: normalise keeps proportions and sums to exactly 100', () => {
    const out = normalise([{ weight: 1 }, { weight: 1 }, { weight: 1 }]);
    expect(out.map((c) => c.weight)).toEqual([34, 33, 33]);
    expect(normalise([{ weight: 0 }, { weight: 0 }]).map((c) => c.weight)).toEqual([50, 50]);
  });
});

// S1 signal-model editor: the weight total is live, weights edit the JSON, detection switches
// between manual and a condition over the deal, and the result stays schema-valid.
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { SignalModelEditor } from './SignalModelEditor';

type Model = { signals: { id: string; weight: number; detection: { mode: string; when?: unknown } }[] };

function small() {
  const c = templateContent('signal-model') as unknown as Model & Record<string, unknown>;
  return { ...c, signals: c.signals.slice(0, 2) };
}

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SignalModelEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('signal-model', value)}
    />
  );
}

describe('S1 SignalModelEditor', () => {
  it('S1: shows the weight total live and a weight edit changes only that weight', async () => {
    const spy = jest.fn();
    const initial = small();
    renderWithApp(<Harness initial={initial} spy={spy} />);
    const total = await screen.findByTestId('signal-total');
    expect(within(total).getByText('2 个信号，权重合计 45')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('“客户开放UAT环境并运行核心流程”权重'), {
      target: { value: '30' },
    });
    await waitFor(() => expect(within(total).getByText('2 个信号，权重合计 50')).toBeTruthy());
    const out = spy.mock.calls.at(-1)![0] as Model;
    const expected = small();
    expected.signals[0]!.weight = 30;
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected));
    expect(checkContent('signal-model', out)).toEqual([]);
  }, 120_000);

  it('S1: switching detection to automatic starts a condition over the deal', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={small()} spy={spy} />);
    const card = await screen.findByTestId('signal-uat_core_flows');
    fireEvent.click(within(card).getByText('按商机条件自动识别'));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as Model;
    expect(out.signals[0]!.detection).toEqual({ mode: 'auto', when: { and: [] } });
    // an empty condition is reported at its exact place until a condition is added
    expect(checkContent('signal-model', out).map((i) => i.path)).toContainEqual(
      expect.stringMatching(/^\/signals\/0\/detection\/when/),
    );
  }, 120_000);
});

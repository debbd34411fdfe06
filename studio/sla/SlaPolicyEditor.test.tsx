// S1 SLA-policy editor: durations edited as amount + unit write ISO 8601; a ladder step is
// added; business time is a switch; the output stays schema-valid.
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { joinIso, splitIso } from './duration';
import { SlaPolicyEditor } from './SlaPolicyEditor';

type Sla = { clocks: { id: string; within: string; time: string; escalation: unknown[] }[] };

function small() {
  const c = templateContent('sla-policy') as unknown as Sla & Record<string, unknown>;
  return { ...c, clocks: c.clocks.filter((x) => x.id === 'first_touch') };
}

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <SlaPolicyEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('sla-policy', value)}
    />
  );
}

describe('S1 SlaPolicyEditor', () => {
  it('S1: ISO durations split into amount and unit and back', () => {
    expect(splitIso('PT30M')).toEqual({ amount: 30, unit: 'M' });
    expect(splitIso('P3D')).toEqual({ amount: 3, unit: 'D' });
    expect(splitIso('P1DT12H')).toBeNull();
    expect(joinIso(2, 'H')).toBe('PT2H');
    expect(joinIso(1, 'W')).toBe('P1W');
  });

  it('S1: editing the allowed time, counting and ladder writes valid JSON', async () => {
    const spy = jest.fn();
    renderWithApp(<Harness initial={small()} spy={spy} />);
    const card = await screen.findByTestId('clock-first_touch');
    fireEvent.change(within(card).getByLabelText('时限'), { target: { value: '45' } });
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    fireEvent.click(within(card).getByText('工作时间'));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    fireEvent.click(within(card).getByRole('button', { name: /新增升级步骤/ }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(3));
    const out = spy.mock.calls.at(-1)![0] as Sla;
    const expected = small();
    expected.clocks[0]!.within = 'PT45M';
    expected.clocks[0]!.time = 'business';
    expected.clocks[0]!.escalation = [
      ...expected.clocks[0]!.escalation,
      { at: '100%', action: 'notify_supervisor' },
    ];
    expect(out).toEqual(expected);
    expect(checkContent('sla-policy', out)).toEqual([]);
  }, 120_000);
});

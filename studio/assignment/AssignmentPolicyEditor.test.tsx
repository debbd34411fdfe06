// S1 assignment-policy editor: the strategy and a route's rep attributes edit the JSON, which
// stays schema-valid; routes keep their order (the fallback chain).
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { AssignmentPolicyEditor } from './AssignmentPolicyEditor';

type Policy = { strategy: string; routes: { id: string }[] };

function small() {
  const c = templateContent('assignment-policy') as unknown as Policy & Record<string, unknown>;
  return { ...c, routes: c.routes.slice(0, 2) };
}

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <AssignmentPolicyEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('assignment-policy', value)}
    />
  );
}

describe('S1 AssignmentPolicyEditor', () => {
  it('S1: picking a strategy changes only the strategy; a new route is appended last and valid', async () => {
    const spy = jest.fn();
    const initial = small();
    renderWithApp(<Harness initial={initial} spy={spy} />);
    fireEvent.click(await screen.findByText('负载最少'));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(1));
    expect(spy.mock.calls[0]![0]).toEqual({ ...initial, strategy: 'least_loaded' });
    fireEvent.click(screen.getByRole('button', { name: /新增路由/ }));
    await waitFor(() => expect(spy).toHaveBeenCalledTimes(2));
    const out = spy.mock.calls[1]![0] as Policy;
    expect(out.routes.map((r) => r.id)).toEqual([...initial.routes.map((r) => r.id), 'route_3']);
    expect(checkContent('assignment-policy', out)).toEqual([]);
  }, 120_000);
});

// S1 stage-gates editor: stage reorders renumber `order`; a gate requirement added in the UI
// keeps the artefact schema-valid.
import { useState } from 'react';
import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../tests/ui/harness';
import { moveItem } from '../dnd/SortableList';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { renumber } from './StagesList';
import { StageGatesEditor } from './StageGatesEditor';

type Gates = { stages: { id: string; order: number }[]; gates: { id: string; requirements: unknown[] }[] };

function Harness({ initial, spy }: { initial: unknown; spy: (c: unknown) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <StageGatesEditor
      value={value}
      onChange={(c) => {
        spy(c);
        setValue(c);
      }}
      issues={checkContent('stage-gates', value)}
    />
  );
}

describe('S1 StageGatesEditor', () => {
  it('S1: moving a stage renumbers the order of every stage', () => {
    const c = templateContent('stage-gates') as unknown as Gates;
    const moved = renumber(moveItem(c.stages as never, 1, 0)) as unknown as Gates['stages'];
    expect(moved.slice(0, 2).map((s) => s.id)).toEqual([c.stages[1]!.id, c.stages[0]!.id]);
    expect(moved.map((s) => s.order)).toEqual(moved.map((_, i) => (i + 1) * 10));
    expect(checkContent('stage-gates', { ...c, stages: moved })).toEqual([]);
  });

  it('S1: adding a requirement to a gate writes a valid requirement', async () => {
    const spy = jest.fn();
    const initial = templateContent('stage-gates') as unknown as Gates;
    renderWithApp(<Harness initial={initial} spy={spy} />);
    const gate = await screen.findByTestId(`gate-${initial.gates[0]!.id}`);
    fireEvent.click(within(gate).getByRole('button', { name: /新增要求/ }));
    await waitFor(() => expect(spy).toHaveBeenCalled());
    const out = spy.mock.calls.at(-1)![0] as Gates;
    expect(out.gates[0]!.requirements.at(-1)).toEqual({ type: 'three_elements' });
    expect(out.gates[0]!.requirements).toHaveLength(initial.gates[0]!.requirements.length + 1);
    expect(checkContent('stage-gates', out)).toEqual([]);
  }, 120_000);
});

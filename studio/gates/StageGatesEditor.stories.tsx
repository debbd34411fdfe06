import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { StageGatesEditor } from './StageGatesEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <StageGatesEditor
        value={value}
        onChange={setValue}
        issues={checkContent('stage-gates', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/StageGatesEditor',
  component: Harness,
  args: { initial: templateContent('stage-gates') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped stages, gates, dual tracks and circuit breaker (templates/defaults/stage-gates.json). */
export const Default: Story = {};
/** A gate into a stage that does not exist: the error names the gate. */
export const Invalid: Story = {
  args: {
    initial: (() => {
      const c = templateContent('stage-gates') as { gates: Record<string, unknown>[] };
      c.gates[0]!.to = 'nowhere';
      return c;
    })(),
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { SlaPolicyEditor } from './SlaPolicyEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <SlaPolicyEditor
        value={value}
        onChange={setValue}
        issues={checkContent('sla-policy', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/SlaPolicyEditor',
  component: Harness,
  args: { initial: templateContent('sla-policy') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped 5-30-120 policy (templates/defaults/sla-policy.json). */
export const Default: Story = {};
/** A clock with an unreadable duration and a bad escalation step: errors shown on the clock. */
export const Invalid: Story = {
  args: {
    initial: (() => {
      const c = templateContent('sla-policy') as { clocks: Record<string, unknown>[] };
      c.clocks[1]!.within = 'half an hour';
      return c;
    })(),
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { BoardPolicyEditor } from './BoardPolicyEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <BoardPolicyEditor
        value={value}
        onChange={setValue}
        issues={checkContent('board-policy', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/BoardPolicyEditor',
  component: Harness,
  args: { initial: templateContent('board-policy') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped thresholds and morning agenda (templates/defaults/board-policy.json). */
export const Default: Story = {};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

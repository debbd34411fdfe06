import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { AssignmentPolicyEditor } from './AssignmentPolicyEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <AssignmentPolicyEditor
        value={value}
        onChange={setValue}
        issues={checkContent('assignment-policy', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/AssignmentPolicyEditor',
  component: Harness,
  args: { initial: templateContent('assignment-policy') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped round-robin policy with five industry and region routes. */
export const Default: Story = {};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

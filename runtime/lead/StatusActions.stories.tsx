import type { Meta, StoryObj } from '@storybook/react-vite';
import { StatusActions } from './StatusActions';

const meta = {
  title: 'Runtime/Lead/StatusActions',
  component: StatusActions,
  args: { status: 'contacted', onChange: async () => {} },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof StatusActions>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Contacted: Story = {};
/** A qualified lead can only be disqualified. */
export const Qualified: Story = { args: { status: 'qualified' } };

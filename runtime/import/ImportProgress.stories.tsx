import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoJob } from '../fixtures';
import { ImportProgress } from './ImportProgress';

const meta = {
  title: 'Runtime/Import/ImportProgress',
  component: ImportProgress,
  args: { job: demoJob('running', 6, 5, 1) },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ImportProgress>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Running: Story = {};
export const Done: Story = { args: { job: demoJob('done', 10, 8, 2) } };
export const Failed: Story = { args: { job: demoJob('failed', 3, 3, 0) } };

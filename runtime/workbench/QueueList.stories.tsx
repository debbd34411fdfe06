import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoQueue, WORKBENCH_NOW } from './fixtures';
import { QueueList } from './QueueList';

const meta = {
  title: 'Runtime/Workbench/QueueList',
  component: QueueList,
  args: { items: demoQueue, selectedId: 'q-1', onSelect: () => {}, now: WORKBENCH_NOW },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof QueueList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const MorningQueue: Story = {};
export const Empty: Story = { args: { items: [] } };
export const Loading: Story = { args: { items: [], loading: true } };
export const English: Story = { globals: { locale: 'en' } };

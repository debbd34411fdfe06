import type { Meta, StoryObj } from '@storybook/react-vite';
import { DEMO_NOW, demoClocks } from '../fixtures';
import { SlaClocks } from './SlaClocks';

const meta = {
  title: 'Runtime/Lead/SlaClocks',
  component: SlaClocks,
  args: { clocks: demoClocks, now: DEMO_NOW },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SlaClocks>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Mixed: Story = {};
export const Empty: Story = { args: { clocks: [] } };
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoDealScore } from './fixtures';
import { SignalsPanelView } from './SignalsPanelView';

const meta = {
  title: 'Runtime/Forecast/SignalsPanel',
  component: SignalsPanelView,
  args: { data: demoDealScore, canRecord: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SignalsPanelView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const RepView: Story = {};
export const ReadOnly: Story = { args: { canRecord: false } };
export const English: Story = { globals: { locale: 'en' } };

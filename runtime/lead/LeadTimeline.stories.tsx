import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoTimeline } from '../fixtures';
import { LeadTimeline } from './LeadTimeline';

const meta = {
  title: 'Runtime/Lead/LeadTimeline',
  component: LeadTimeline,
  args: { events: demoTimeline },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LeadTimeline>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Full: Story = {};
export const Loading: Story = { args: { loading: true } };
export const Empty: Story = { args: { events: [] } };
export const English: Story = { globals: { locale: 'en' } };

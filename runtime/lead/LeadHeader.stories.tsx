import type { Meta, StoryObj } from '@storybook/react-vite';
import { Card } from 'antd';
import { demoLeadDetail, demoLeads } from '../fixtures';
import { LeadHeader } from './LeadHeader';
import { StatusActions } from './StatusActions';

const meta = {
  title: 'Runtime/Lead/LeadHeader',
  component: LeadHeader,
  args: {
    lead: demoLeadDetail,
    actions: <StatusActions status="assigned" onChange={async () => {}} />,
  },
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <Card>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof LeadHeader>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ClassA: Story = {};
export const Pooled: Story = {
  args: {
    lead: { ...demoLeadDetail, ...demoLeads[5]!, clocks: [] },
    actions: <StatusActions status="pooled" onChange={async () => {}} />,
  },
};
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Card } from 'antd';
import { NewLeadCard } from './NewLeadNotifier';

const meta = {
  title: 'Runtime/NewLeadPopup',
  component: NewLeadCard,
  args: {
    lead: {
      leadId: 'lead-001',
      name: '张伟',
      company: '苏州精密制造有限公司',
      grade: 'A',
      reassigned: false,
    },
    onOpen: () => {},
  },
  parameters: { layout: 'padded' },
  decorators: [
    (Story) => (
      <Card title="新线索分配给你" style={{ maxWidth: 360 }}>
        <Story />
      </Card>
    ),
  ],
} satisfies Meta<typeof NewLeadCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ClassA: Story = {};
export const Reassigned: Story = {
  args: {
    lead: {
      leadId: 'lead-003',
      name: '王强',
      company: '宁波恒远汽车零部件有限公司',
      grade: 'B',
      reassigned: true,
    },
  },
};
export const English: Story = { globals: { locale: 'en' } };

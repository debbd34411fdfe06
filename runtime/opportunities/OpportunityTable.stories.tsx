import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoOpportunities } from './fixtures';
import { OpportunityTable } from './OpportunityTable';

const meta = {
  title: 'Runtime/Opportunities/OpportunityTable',
  component: OpportunityTable,
  args: { items: demoOpportunities, showOwner: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof OpportunityTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { items: [] } };
export const Loading: Story = { args: { items: [], loading: true } };

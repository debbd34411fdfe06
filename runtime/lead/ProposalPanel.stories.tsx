import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoProposals } from '../fixtures';
import { ProposalPanel } from './ProposalPanel';

const meta = {
  title: 'Runtime/Lead/ProposalPanel',
  component: ProposalPanel,
  args: {
    proposals: demoProposals,
    onSend: async () => demoProposals[0]!,
    origin: 'https://sales.example.cn',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ProposalPanel>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Sent: Story = {};
export const NothingSent: Story = { args: { proposals: [] } };
export const English: Story = { globals: { locale: 'en' } };

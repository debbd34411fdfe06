import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoContractGate, demoGates422 } from './fixtures';
import { GateChecklist } from './GateChecklist';

const meta = {
  title: 'Runtime/Opportunities/GateChecklist',
  component: GateChecklist,
  args: { gates: demoGates422, target: 'quote', onGoTo: () => {} },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof GateChecklist>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C1: entering quote without the decision flow and acceptance criteria. */
export const QuoteMissingElements: Story = {};
export const ContractApproval: Story = { args: { gates: demoContractGate, target: 'contract_approval' } };
export const English: Story = { globals: { locale: 'en' } };

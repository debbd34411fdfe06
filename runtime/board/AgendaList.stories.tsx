import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoAgenda } from '../fixtures';
import { AgendaList } from './AgendaList';

const meta = {
  title: 'Runtime/Board/AgendaList',
  component: AgendaList,
  args: { items: demoAgenda.items, onTick: () => {} },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof AgendaList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Manager: Story = {};
/** Without the right to tick items off. */
export const ReadOnly: Story = { args: { onTick: undefined } };
export const Empty: Story = { args: { items: [] } };

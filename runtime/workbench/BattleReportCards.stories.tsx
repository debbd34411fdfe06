import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoBattleCards } from './fixtures';
import { BattleReportCards } from './BattleReportCards';

const meta = {
  title: 'Runtime/Workbench/BattleReportCards',
  component: BattleReportCards,
  args: { cards: demoBattleCards },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BattleReportCards>;
export default meta;
type Story = StoryObj<typeof meta>;

export const BusyDay: Story = {};
export const QuietDay: Story = {
  args: { cards: [{ kind: 'quiet', tone: 'info', count: 0, names: [], params: {} }] },
};
export const Failed: Story = { args: { cards: undefined, error: new Error('网络连接中断') } };
export const English: Story = { globals: { locale: 'en' } };

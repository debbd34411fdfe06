import type { Meta, StoryObj } from '@storybook/react-vite';
import { queryKeys } from '../api/keys';
import { WithSession, demoAgenda, demoBoard, demoKpis } from '../fixtures';
import { AgendaPage } from './AgendaPage';
import { BoardPage } from './BoardPage';
import { KpiPage } from './KpiPage';
import { periodOf } from './kpiFormat';

const today = new Date();
const month = periodOf('month', today.getFullYear(), today.getMonth() + 1, today.getDate());

const meta = {
  title: 'Runtime/Board/Pages',
  component: BoardPage,
  parameters: {
    queryData: [
      [queryKeys.board, demoBoard],
      [queryKeys.agenda(undefined), demoAgenda],
      [queryKeys.kpis(month), { ...demoKpis, period: month }],
    ],
  },
  decorators: [
    (Story) => (
      <WithSession role="manager">
        <div style={{ padding: 16 }}>
          <Story />
        </div>
      </WithSession>
    ),
  ],
} satisfies Meta<typeof BoardPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Board: Story = {};
export const Agenda: Story = { render: () => <AgendaPage /> };
export const Kpis: Story = { render: () => <KpiPage /> };

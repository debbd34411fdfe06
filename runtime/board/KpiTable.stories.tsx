import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoKpis } from '../fixtures';
import KpiChart from './KpiChart';
import { KpiTable } from './KpiTable';

const meta = {
  title: 'Runtime/Board/KpiTable',
  component: KpiTable,
  args: { items: demoKpis.items },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof KpiTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { items: [] } };
export const English: Story = { globals: { locale: 'en' } };
/** The ECharts breakdown (loaded on demand). */
export const Chart: Story = { render: () => <KpiChart items={demoKpis.items} /> };

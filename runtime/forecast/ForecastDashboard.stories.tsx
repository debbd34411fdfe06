import type { Meta, StoryObj } from '@storybook/react-vite';
import CompositionChart from './CompositionChart';
import { ForecastDashboard } from './ForecastDashboard';
import { demoForecast } from './fixtures';

const meta = {
  title: 'Runtime/Forecast/ForecastDashboard',
  component: ForecastDashboard,
  args: { data: demoForecast },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ForecastDashboard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Quarter: Story = {};
export const English: Story = { globals: { locale: 'en' } };
export const Empty: Story = {
  args: {
    data: {
      ...demoForecast,
      total: 0,
      committed: 0,
      bestCase: 0,
      wonSoFar: 0,
      pipeline: 0,
      newBusiness: 0,
      deals: [],
      composition: [],
      byOwner: [],
      byTeam: [],
    },
  },
};
/** The ECharts composition donut on its own. */
export const Chart: Story = { render: () => <CompositionChart parts={demoForecast.composition} /> };

import type { Meta, StoryObj } from '@storybook/react-vite';
import CalibrationChart from './CalibrationChart';
import { CalibrationRunResult } from './CalibrationRunResult';
import { CalibrationTable } from './CalibrationTable';
import { CalibrationTasks } from './CalibrationTasks';
import { demoCalibration, demoCalibrationRun } from './fixtures';
import { RepDeviations } from './RepDeviations';

const series = [
  { name: '全部', rows: demoCalibration.overall.rows },
  ...demoCalibration.teams.map((t) => ({ name: t.name ?? '', rows: t.rows })),
];

const meta = {
  title: 'Runtime/Forecast/Calibration',
  component: CalibrationChart,
  args: { series },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CalibrationChart>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The ECharts chart with its table (the table carries every number without a canvas). */
export const PredictedVsActual: Story = {
  render: (args) => (
    <>
      <CalibrationChart {...args} />
      <CalibrationTable rows={demoCalibration.overall.rows} />
    </>
  ),
};
export const RepDeviationHistory: Story = {
  render: () => <RepDeviations reps={demoCalibration.reps} threshold={0.15} />,
};
export const ImprovementTasks: Story = {
  render: () => <CalibrationTasks tasks={demoCalibration.tasks} onDone={() => {}} />,
};
export const RunOnThreeDeals: Story = { render: () => <CalibrationRunResult result={demoCalibrationRun} /> };
export const English: Story = { ...PredictedVsActual, globals: { locale: 'en' } };

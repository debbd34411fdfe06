import type { Meta, StoryObj } from '@storybook/react-vite';
import { DistortionReport } from './DistortionReport';
import { demoReport } from './fixtures';

const meta = {
  title: 'Runtime/Opportunities/DistortionReport',
  component: DistortionReport,
  args: { report: demoReport },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DistortionReport>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C6: November's top distortion cases, both versions side by side, with the review outcome. */
export const November: Story = {};
export const Empty: Story = { args: { report: { month: '2026-12', cases: [] } } };
export const English: Story = { globals: { locale: 'en' } };

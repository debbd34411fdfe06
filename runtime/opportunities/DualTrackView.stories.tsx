import type { Meta, StoryObj } from '@storybook/react-vite';
import { DualTrackView } from './DualTrackView';
import { demoAlignedTracks, demoTracks } from './fixtures';

const meta = {
  title: 'Runtime/Opportunities/DualTrackView',
  component: DualTrackView,
  args: { tracks: demoTracks, canTick: { sales: true }, onTick: () => {} },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DualTrackView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C4: legal review done before the interface agreement — flagged on both tracks. */
export const Misaligned: Story = {};
export const Aligned: Story = { args: { tracks: demoAlignedTracks } };
export const DeliveryLead: Story = { args: { canTick: { delivery: true } } };
export const English: Story = { globals: { locale: 'en' } };

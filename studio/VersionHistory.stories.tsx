import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoVersions } from '../runtime/fixtures';
import { VersionHistory } from './VersionHistory';

const meta = {
  title: 'Studio/VersionHistory',
  component: VersionHistory,
  args: { versions: demoVersions },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof VersionHistory>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const SingleVersion: Story = { args: { versions: demoVersions.slice(0, 1) } };
export const Empty: Story = { args: { versions: [] } };
export const Loading: Story = { args: { versions: [], loading: true } };
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { NewLeadDrawer } from './NewLeadDrawer';

const meta = {
  title: 'Runtime/NewLeadDrawer',
  component: NewLeadDrawer,
  args: { open: true, onClose: () => {} },
} satisfies Meta<typeof NewLeadDrawer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Open: Story = {};
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoLeads, demoRepLeads } from '../fixtures';
import { LeadsTable } from './LeadsTable';

const meta = {
  title: 'Runtime/LeadsTable',
  component: LeadsTable,
  args: { items: demoLeads, total: 57, page: 1, pageSize: 20, showOwner: true },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LeadsTable>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A manager's view: every lead with its owner. */
export const AllLeads: Story = {};

/** A rep's view (`/workbench`): their own leads, no owner column. */
export const MyLeads: Story = { args: { items: demoRepLeads, total: demoRepLeads.length, showOwner: false } };

export const Empty: Story = { args: { items: [], total: 0 } };

export const EmptyAfterFiltering: Story = { args: { items: [], total: 0, filtered: true } };

export const Loading: Story = { args: { items: [], total: 0, loading: true } };

export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoSuggestions } from './fixtures';
import { SuggestionList } from './SuggestionList';

const FORM_FIELDS = new Set([
  'budget',
  'expectedGoLive',
  'existingSystems',
  'painPoints',
  'integrationNotes',
  'decisionFlow',
  'integrations',
  'erpProduct',
  'mesStatus',
]);

const meta = {
  title: 'Runtime/Workbench/SuggestionList',
  component: SuggestionList,
  args: {
    suggestions: demoSuggestions,
    decisions: { 0: 'rejected' },
    onDecide: () => {},
    writable: (field: string) => FORM_FIELDS.has(field),
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SuggestionList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ManufacturingChat: Story = {};
export const NothingFound: Story = { args: { suggestions: [] } };
export const English: Story = { globals: { locale: 'en' } };

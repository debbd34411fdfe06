import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoSuggestion, unmappedSuggestion } from './fixtures';
import { ScorecardResult } from './ScorecardResult';

const meta = {
  title: 'Studio/ScorecardResult',
  component: ScorecardResult,
  args: { result: demoSuggestion, canOpen: true, opening: false, onOpenDraft: () => undefined },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ScorecardResult>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const NotMapped: Story = { args: { result: unmappedSuggestion } };
export const English: Story = { globals: { locale: 'en' } };

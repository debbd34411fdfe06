import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoDiff } from './fixtures';
import { RequirementDiffView } from './RequirementDiffView';

const meta = {
  title: 'Runtime/Opportunities/RequirementDiffView',
  component: RequirementDiffView,
  args: { diff: demoDiff },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof RequirementDiffView>;
export default meta;
type Story = StoryObj<typeof meta>;

/** C5: the MES story — the rep promised MES integration, delivery assessed ERP only. */
export const AboveThreshold: Story = {};
export const WithinThreshold: Story = {
  args: {
    diff: {
      ...demoDiff,
      rate: 0.08,
      fields: demoDiff.fields.map((f) => ({ ...f, equal: true, detail: null })),
    },
  },
};
export const NotCompared: Story = { args: { diff: null } };
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { FormValues } from '../../engine/forms';
import type { FormField } from '../../schemas';
import { ALL_TYPES_TEMPLATE, DEMO_VALUES, singleFieldTemplate } from './fixtures';
import { FormRenderer } from './FormRenderer';
import { createFormStore } from './store';

const byKey = new Map(ALL_TYPES_TEMPLATE.sections.flatMap((s) => s.fields).map((f) => [f.key, f]));

/** One field of the sample template, rendered alone with realistic data. */
function WidgetDemo({
  fieldKey,
  value,
  touched,
  readOnly,
}: {
  fieldKey: string;
  value?: unknown;
  touched?: boolean;
  readOnly?: boolean;
}) {
  const field = byKey.get(fieldKey) as FormField;
  const [store] = useState(() => {
    const s = createFormStore(
      { [fieldKey]: value === undefined ? DEMO_VALUES[fieldKey] : value } as FormValues,
      singleFieldTemplate(field),
    );
    if (touched) s.touchAll();
    return s;
  });
  return (
    <FormRenderer
      template={singleFieldTemplate(field)}
      store={store}
      readOnly={readOnly}
      showProgress={false}
    />
  );
}

const meta = {
  title: 'Runtime/Forms/Field widgets',
  component: WidgetDemo,
  parameters: { layout: 'padded' },
  args: { fieldKey: 'projectName' },
} satisfies Meta<typeof WidgetDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Text: Story = { args: { fieldKey: 'projectName' } };
export const TextRequiredEmpty: Story = { args: { fieldKey: 'projectName', value: null, touched: true } };
export const Textarea: Story = { args: { fieldKey: 'painPoints' } };
export const NumberWithUnit: Story = { args: { fieldKey: 'employees' } };
export const NumberOutOfRange: Story = { args: { fieldKey: 'employees', value: 0, touched: true } };
export const MoneyInWan: Story = { args: { fieldKey: 'budget' } };
export const DateField: Story = { args: { fieldKey: 'goLive' } };
export const Select: Story = { args: { fieldKey: 'deployment' } };
export const MultiselectWithKnowledge: Story = { args: { fieldKey: 'integrations' } };
export const BooleanField: Story = { args: { fieldKey: 'hasTender' } };
export const Person: Story = { args: { fieldKey: 'sponsor' } };
export const Rating: Story = { args: { fieldKey: 'urgency' } };
export const FileMetadata: Story = { args: { fieldKey: 'attachments' } };
export const TableOfSystems: Story = { args: { fieldKey: 'systems' } };
export const TableEmpty: Story = { args: { fieldKey: 'systems', value: [] } };
export const DecisionFlow: Story = { args: { fieldKey: 'decisionFlow' } };
export const DecisionFlowEmpty: Story = {
  args: { fieldKey: 'decisionFlow', value: { nodes: [], edges: [] } },
};
export const AcceptanceCriteria: Story = { args: { fieldKey: 'acceptance' } };
export const ReadOnlyTable: Story = { args: { fieldKey: 'systems', readOnly: true } };

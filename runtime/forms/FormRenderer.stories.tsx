import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import manufacturing from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import type { FormValues } from '../../engine/forms';
import type { FormTemplate } from '../../schemas';
import { ALL_TYPES_TEMPLATE, DEMO_VALUES } from './fixtures';
import { FormRenderer } from './FormRenderer';
import { createFormStore } from './store';

const MANUFACTURING = manufacturing.content as unknown as FormTemplate;

function Demo({
  template,
  values,
  touched,
  readOnly,
  lang,
}: {
  template: FormTemplate;
  values: FormValues;
  touched?: boolean;
  readOnly?: boolean;
  lang?: 'zh-CN' | 'en';
}) {
  const [store] = useState(() => {
    const s = createFormStore(values, template);
    if (touched) s.touchAll();
    return s;
  });
  return <FormRenderer template={template} store={store} readOnly={readOnly} lang={lang} />;
}

const meta = {
  title: 'Runtime/Forms/FormRenderer',
  component: Demo,
  parameters: { layout: 'padded' },
  args: { template: ALL_TYPES_TEMPLATE, values: DEMO_VALUES },
} satisfies Meta<typeof Demo>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every field type, filled in: 100% complete. */
export const AllFieldTypes: Story = {};
/** A fresh form after "save": required fields flagged. */
export const EmptyWithErrors: Story = { args: { values: {}, touched: true } };
/** The manufacturing requirement form, partly filled by a rep. */
export const ManufacturingPartlyFilled: Story = {
  args: {
    template: MANUFACTURING,
    values: {
      projectGoal: '上线MES，打通从排产到报工的全流程',
      painPoints: '插单频繁导致交期延误；人工报工',
      scope: ['planning', 'execution'],
      integrations: ['erp'],
    },
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

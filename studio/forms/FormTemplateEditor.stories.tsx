import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { FormTemplateEditor } from './FormTemplateEditor';
import { EMPTY_FORM } from './model';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <FormTemplateEditor
        value={value}
        onChange={setValue}
        issues={checkContent('form-template', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/FormTemplateEditor',
  component: Harness,
  args: { initial: templateContent('form-template') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped structured-requirements form (templates/defaults/form-template.json). */
export const Default: Story = {};
/** The manufacturing requirement form (many sections and fields). */
export const Large: Story = { args: { initial: templateContent('manufacturing.requirements') } };
export const Empty: Story = { args: { initial: EMPTY_FORM } };
/** A duplicated key and a select without options: errors shown on the fields. */
export const Invalid: Story = {
  args: {
    initial: (() => {
      const c = templateContent('form-template') as { sections: { fields: Record<string, unknown>[] }[] };
      c.sections[0]!.fields[1]!.key = c.sections[0]!.fields[0]!.key;
      c.sections[0]!.fields.push({ key: 'choice', type: 'select', label: { zh: '选择', en: 'Choice' } });
      return c;
    })(),
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

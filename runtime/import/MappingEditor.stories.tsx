import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { demoImportPreview } from '../fixtures';
import { MappingEditor, type MappingEditorProps } from './MappingEditor';

function Stateful(props: MappingEditorProps) {
  const [mapping, setMapping] = useState(props.mapping);
  return <MappingEditor {...props} mapping={mapping} onChange={setMapping} />;
}

const p = demoImportPreview;
const meta = {
  title: 'Runtime/Import/MappingEditor',
  component: MappingEditor,
  args: {
    headers: p.headers,
    mapping: p.mapping,
    suggested: p.suggestedMapping,
    fields: p.fields,
    sampleRows: p.sampleRows,
    onChange: () => {},
  },
  parameters: { layout: 'padded' },
  render: (args) => <Stateful {...args} />,
} satisfies Meta<typeof MappingEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Chinese headers recognised automatically; two sample rows have no usable phone. */
export const Suggested: Story = {};
/** The phone column unmapped: every row would be rejected. */
export const NoContactColumn: Story = { args: { mapping: { ...p.mapping, 手机号码: '', 邮箱: '' } } };
export const English: Story = { globals: { locale: 'en' } };

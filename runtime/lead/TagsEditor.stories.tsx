import type { Meta, StoryObj } from '@storybook/react-vite';
import { TagsEditor } from './TagsEditor';

const meta = {
  title: 'Runtime/Lead/TagsEditor',
  component: TagsEditor,
  args: { value: ['MES集成', '多工厂', '预算已批'], onSave: async () => {} },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TagsEditor>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WithTags: Story = {};
export const NoTagsYet: Story = { args: { value: [] } };
export const Saving: Story = { args: { saving: true } };

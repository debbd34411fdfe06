import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoTouches } from '../fixtures';
import { TouchForm } from './TouchForm';
import { TouchList } from './TouchList';

const meta = {
  title: 'Runtime/Lead/TouchForm',
  component: TouchForm,
  args: { onSubmit: async () => demoTouches[0]! },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof TouchForm>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {};
export const Submitting: Story = { args: { submitting: true } };
export const English: Story = { globals: { locale: 'en' } };
/** The touches logged so far, with the key phrases and pain points of each note. */
export const List: Story = { render: () => <TouchList touches={demoTouches} /> };
export const ListEmpty: Story = { render: () => <TouchList touches={[]} /> };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoBoard } from '../fixtures';
import { BoardTable } from './BoardTable';

const meta = {
  title: 'Runtime/Board/BoardTable',
  component: BoardTable,
  args: { rows: demoBoard.rows },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof BoardTable>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Team: Story = {};
export const Empty: Story = { args: { rows: [] } };
export const English: Story = { globals: { locale: 'en' } };

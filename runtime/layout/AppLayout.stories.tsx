import type { Meta, StoryObj } from '@storybook/react-vite';
import { Typography } from 'antd';
import type { Role } from '../api/types';
import { demoSession } from '../fixtures';
import { AppLayout } from './AppLayout';

const meta = {
  title: 'Runtime/AppLayout',
  component: AppLayout,
  args: {
    session: demoSession('rep'),
    onLogout: () => {},
    children: <Typography.Paragraph>页面内容 / page content</Typography.Paragraph>,
  },
} satisfies Meta<typeof AppLayout>;
export default meta;
type Story = StoryObj<typeof meta>;

const forRole = (role: Role, route: string): Story => ({
  args: { session: demoSession(role) },
  parameters: { route },
});

export const Director = forRole('director', '/leads');
export const Manager = forRole('manager', '/leads');
export const Rep = forRole('rep', '/workbench');
export const Delivery = forRole('delivery', '/home');
export const Consultant = forRole('consultant', '/home');
export const Finance = forRole('finance', '/home');
export const Admin = forRole('admin', '/studio');

export const RepInEnglish: Story = { ...forRole('rep', '/workbench'), globals: { locale: 'en' } };

/** Phone width: the menu moves into a drawer behind the header button. */
export const RepOnPhone: Story = {
  ...forRole('rep', '/workbench'),
  globals: { viewport: { value: 'mobile1' } },
};

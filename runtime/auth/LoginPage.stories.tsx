import type { Meta, StoryObj } from '@storybook/react-vite';
import { queryKeys } from '../api/keys';
import { LoginPage } from './LoginPage';
import { LoginView } from './LoginView';

const meta = {
  title: 'Runtime/LoginPage',
  component: LoginView,
  args: { onSubmit: () => {}, submitting: false, error: null },
} satisfies Meta<typeof LoginView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithError: Story = { args: { error: '邮箱或密码错误' } };

export const TooManyAttempts: Story = { args: { error: '尝试次数过多,请稍后再试' } };

export const Submitting: Story = { args: { submitting: true } };

export const English: Story = { globals: { locale: 'en' } };

/** The routed page as the app mounts it, with nobody signed in. */
export const Page: Story = {
  parameters: { queryData: [[queryKeys.me, null]], route: '/login' },
  render: () => <LoginPage />,
};

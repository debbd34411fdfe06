import type { Meta, StoryObj } from '@storybook/react-vite';
import { SecretReveal } from './SecretReveal';

const meta = {
  title: 'Runtime/Settings/SecretReveal',
  component: SecretReveal,
  args: {
    secret: 'whsec_4f1c9e2a7b3d5f6e8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f',
    url: 'https://sales.example.cn/api/webhooks/leads/7f0c2d4e-1111-4c1a-9e61-5b7f2a9c0d11',
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SecretReveal>;
export default meta;
type Story = StoryObj<typeof meta>;

export const WebhookSecret: Story = {};
export const ApiKey: Story = { args: { secret: 'dbk_3f9a0c7e5b2d4a6f8e1c3b5d7f9a1c3e', url: undefined } };

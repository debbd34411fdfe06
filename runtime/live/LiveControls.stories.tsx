import type { Meta, StoryObj } from '@storybook/react-vite';
import { Flex } from 'antd';
import { LiveStatus, SoundToggle } from './LiveControls';

const meta = {
  title: 'Runtime/LiveControls',
  component: LiveStatus,
  args: { state: 'open' },
  parameters: { layout: 'padded' },
  render: (args) => (
    <Flex gap={8} align="center">
      <LiveStatus {...args} />
      <SoundToggle />
    </Flex>
  ),
} satisfies Meta<typeof LiveStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Connected: Story = {};
export const Reconnecting: Story = { args: { state: 'reconnecting' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import { Flex } from 'antd';
import { DEMO_NOW } from '../fixtures';
import { Countdown } from './Countdown';

const at = (min: number) => new Date(DEMO_NOW + min * 60_000).toISOString();

const meta = {
  title: 'Runtime/Countdown',
  component: Countdown,
  args: { startedAt: at(-10), dueAt: at(20), state: 'running', now: DEMO_NOW },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof Countdown>;
export default meta;
type Story = StoryObj<typeof meta>;

/** 20 of 30 minutes left: green. */
export const Plenty: Story = {};
/** 5 of 30 minutes left (< 25%): amber. */
export const Warning: Story = { args: { startedAt: at(-25), dueAt: at(5) } };
export const Breached: Story = { args: { startedAt: at(-40), dueAt: at(-10), state: 'breached' } };
export const Met: Story = { args: { state: 'met' } };
export const Cancelled: Story = { args: { state: 'cancelled' } };
/** A 3-day quote clock. */
export const Days: Story = { args: { startedAt: at(-60), dueAt: at(60 * 24 * 2 + 90) } };
/** Live: ticks every second from the shared ticker. */
export const Ticking: Story = {
  args: {
    now: undefined,
    startedAt: new Date(Date.now() - 60_000).toISOString(),
    dueAt: new Date(Date.now() + 29 * 60_000).toISOString(),
  },
};
export const AllStates: Story = {
  render: () => (
    <Flex gap={8} wrap>
      <Countdown startedAt={at(-10)} dueAt={at(20)} now={DEMO_NOW} />
      <Countdown startedAt={at(-25)} dueAt={at(5)} now={DEMO_NOW} />
      <Countdown startedAt={at(-40)} dueAt={at(-10)} state="breached" now={DEMO_NOW} />
      <Countdown startedAt={at(-40)} dueAt={at(-10)} state="met" now={DEMO_NOW} />
    </Flex>
  ),
};
export const English: Story = { globals: { locale: 'en' } };

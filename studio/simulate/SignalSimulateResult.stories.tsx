import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SignalSimulation } from './signals';
import { SignalSimulateResult } from './SignalSimulateResult';

const deal = (
  id: string,
  name: string,
  owner: string,
  amount: number,
  s0: number,
  s1: number,
  p0: number,
  p1: number,
) => ({
  id,
  name,
  ownerName: owner,
  amount,
  scoreBefore: s0,
  scoreAfter: s1,
  probabilityBefore: p0,
  probabilityAfter: p1,
  shift: p1 - p0,
  contributionBefore: amount * p0,
  contributionAfter: amount * p1,
});

const result: SignalSimulation = {
  kind: 'signal-model',
  period: '2026-Q4',
  published: { id: 'a', version: 1 },
  openDeals: 36,
  changed: 2,
  before: {
    total: 8_420_000,
    committed: 5_100_000,
    bestCase: 11_300_000,
    wonSoFar: 2_000_000,
    pipeline: 21_000_000,
  },
  after: {
    total: 8_760_000,
    committed: 5_350_000,
    bestCase: 11_300_000,
    wonSoFar: 2_000_000,
    pipeline: 21_000_000,
  },
  delta: { total: 340_000, committed: 250_000, bestCase: 0 },
  deals: [
    deal('d1', '苏州精密MES升级项目', '王磊', 1_200_000, 10, 20, 0.31, 0.52),
    deal('d2', '宁波注塑车间数采', '陈晓东', 680_000, 45, 40, 0.62, 0.55),
  ],
};

const meta = {
  title: 'Studio/SignalSimulateResult',
  component: SignalSimulateResult,
  args: { result },
} satisfies Meta<typeof SignalSimulateResult>;
export default meta;
type Story = StoryObj<typeof meta>;

/** CTO workshops weigh more: two deals shift, the quarter's forecast rises by 34 万元. */
export const WeightsChanged: Story = {};
export const English: Story = { globals: { locale: 'en' } };

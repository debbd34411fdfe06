import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SlaSimulation } from './sla';
import { SlaSimulateResult } from './SlaSimulateResult';

const outcome = (started: number, met: number, breached: number, pending = 0) => ({
  id: '',
  label: null,
  started,
  met,
  breached,
  pending,
  cancelled: 0,
  leadsBreached: breached,
  breachRate: met + breached ? breached / (met + breached) : null,
  breachedLeadIds: [],
});

const result: SlaSimulation = {
  kind: 'sla-policy',
  publishedVersion: 3,
  window: { from: '2026-10-28T02:00:00.000Z', to: '2026-11-27T02:00:00.000Z', days: 30 },
  evaluated: 1240,
  ms: { load: 180, total: 260 },
  clocks: [
    {
      id: 'assign',
      label: { zh: '5分钟内自动分配', en: 'Assigned within 5 minutes' },
      before: outcome(1240, 1236, 4),
      after: outcome(1240, 1236, 4),
    },
    {
      id: 'first_touch',
      label: { zh: '30分钟内首次电话/微信触达', en: 'First call or WeChat within 30 minutes' },
      before: outcome(1236, 1010, 214, 12),
      after: outcome(1236, 1131, 93, 12),
    },
    {
      id: 'tags',
      label: { zh: '120分钟内录入初步需求标签', en: 'First requirement tags within 120 minutes' },
      before: outcome(1236, 980, 240, 16),
      after: outcome(1236, 980, 240, 16),
    },
  ],
};

const meta = {
  title: 'Studio/SlaSimulateResult',
  component: SlaSimulateResult,
  args: { result },
} satisfies Meta<typeof SlaSimulateResult>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The draft gives reps 60 minutes for the first touch: 121 fewer breaches last month. */
export const LongerFirstTouch: Story = {};
/** Nothing published yet: only the draft's counts. */
export const NoPublished: Story = {
  args: {
    result: { ...result, publishedVersion: null, clocks: result.clocks.map((c) => ({ ...c, before: null })) },
  },
};
export const English: Story = { globals: { locale: 'en' } };

import type { Meta, StoryObj } from '@storybook/react-vite';
import type { SimulationResult } from '../api';
import { SimulateResult } from './SimulateResult';

const grading: SimulationResult = {
  kind: 'grading-rules',
  evaluated: 1000,
  before: { A: 120, B: 310, C: 400, D: 170 },
  after: { A: 164, B: 298, C: 371, D: 167 },
  changedTotal: 3,
  changed: [
    {
      leadId: '5b0c1d2e-0000-4000-8000-000000000001',
      from: 'B',
      to: 'A',
      scoreFrom: 60,
      scoreTo: 75,
      rulesFired: { added: ['demo_and_capital'], removed: [] },
    },
    {
      leadId: '5b0c1d2e-0000-4000-8000-000000000002',
      from: 'C',
      to: 'B',
      scoreFrom: 35,
      scoreTo: 50,
      rulesFired: { added: ['demo_and_capital'], removed: [] },
    },
    {
      leadId: '5b0c1d2e-0000-4000-8000-000000000003',
      from: 'A',
      to: 'B',
      scoreFrom: 70,
      scoreTo: 69,
      rulesFired: { added: [], removed: [] },
    },
  ],
};
const labels: Record<string, string> = { demo_and_capital: '预约演示且注册资本超500万' };

const meta = {
  title: 'Studio/SimulateResult',
  component: SimulateResult,
  args: { result: grading, ruleLabel: (id: string) => labels[id] ?? id },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof SimulateResult>;
export default meta;
type Story = StoryObj<typeof meta>;

export const GradingShift: Story = {};
export const NoChanges: Story = {
  args: { result: { ...grading, after: grading.before, changed: [], changedTotal: 0 } },
};
export const AssignmentLoad: Story = {
  args: {
    result: {
      kind: 'assignment-policy',
      evaluated: 60,
      before: { A: 10, B: 20, C: 20, D: 10 },
      after: { A: 10, B: 20, C: 20, D: 10 },
      changed: [],
      changedTotal: 24,
      load: [
        { ownerId: 'u1', name: '陈晓东', before: 30, after: 20 },
        { ownerId: 'u2', name: '刘洋', before: 20, after: 20 },
        { ownerId: 'u3', name: '黄蕾', before: 10, after: 20 },
      ],
    },
  },
};
export const English: Story = { globals: { locale: 'en' } };

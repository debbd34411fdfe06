import type { Meta, StoryObj } from '@storybook/react-vite';
import { diffArtifacts } from '../../engine/diff';
import { templateContent } from '../fixtures/templates';
import { DiffView } from './DiffView';

/** A realistic edit of the default grading rules: points, a condition, a removal, a new rule, thresholds. */
function gradingEdit() {
  const before = templateContent('grading-rules');
  const after = templateContent('grading-rules') as {
    rules: Record<string, unknown>[];
    thresholds: Record<string, number>;
  };
  after.rules[1]!.points = 30;
  after.rules[5]!.when = { '>': [{ var: 'behaviour.dwellSeconds' }, 300] };
  after.rules = after.rules.filter((r) => r.id !== 'webinar');
  after.rules.push({
    id: 'vip',
    label: { zh: 'VIP 标签', en: 'VIP tag' },
    category: 'other',
    when: { in: ['vip', { var: 'tags' }] },
    points: 5,
  });
  after.thresholds.A = 75;
  return diffArtifacts('grading-rules', before, after);
}

function signalEdit() {
  const after = templateContent('signal-model') as { signals: { weight: number }[] };
  after.signals[0]!.weight = 30;
  after.signals[1]!.weight = 15;
  return diffArtifacts('signal-model', templateContent('signal-model'), after);
}

const meta = {
  title: 'Studio/DiffView',
  component: DiffView,
  args: { entries: gradingEdit() },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof DiffView>;
export default meta;
type Story = StoryObj<typeof meta>;

export const GradingRules: Story = {};
export const SignalWeights: Story = { args: { entries: signalEdit() } };
export const NoDifferences: Story = { args: { entries: [] } };
export const English: Story = { globals: { locale: 'en' } };

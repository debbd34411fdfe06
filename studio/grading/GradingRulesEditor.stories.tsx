import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { invalidGradingContent, largeGradingContent } from '../fixtures/large';
import { templateContent } from '../fixtures/templates';
import { EMPTY_GRADING } from './model';
import { GradingRulesEditor } from './GradingRulesEditor';

/** The editor with its value held in state and the live checks, as the workspace does it. */
function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <GradingRulesEditor
        value={value}
        onChange={setValue}
        issues={checkContent('grading-rules', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/GradingRulesEditor',
  component: Harness,
  args: { initial: templateContent('grading-rules') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped default rule set (templates/defaults/grading-rules.json). */
export const Default: Story = {};
export const Empty: Story = { args: { initial: EMPTY_GRADING } };
/** Unknown field, a number compared with text, thresholds out of order: errors shown on the rules. */
export const Invalid: Story = { args: { initial: invalidGradingContent() } };
/** 200 rules, the schema's maximum. */
export const Large: Story = { args: { initial: largeGradingContent(200) } };
/** A role without artifacts:edit:grading-rules (S2). */
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };
/** A rule the builder can only partly express keeps its raw JSON Logic. */
export const RawFallback: Story = {
  args: {
    initial: {
      ...templateContent('grading-rules'),
      rules: [
        {
          id: 'pages_plus_one',
          label: { zh: '浏览页数+1大于5', en: 'Page views + 1 over 5' },
          category: 'engagement',
          when: {
            and: [
              { '>': [{ '+': [{ var: 'behaviour.pageViews' }, 1] }, 5] },
              { '==': [{ var: 'source.channel' }, 'webinar'] },
            ],
          },
          points: 5,
        },
      ],
    },
  },
};

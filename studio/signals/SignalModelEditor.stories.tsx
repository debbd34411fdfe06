import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { SignalModelEditor } from './SignalModelEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <SignalModelEditor
        value={value}
        onChange={setValue}
        issues={checkContent('signal-model', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/SignalModelEditor',
  component: Harness,
  args: { initial: templateContent('signal-model') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped default (templates/defaults/signal-model.json): nine signals, weights total 100. */
export const Default: Story = {};
/** An automatic signal whose condition reads an unknown deal field: the error is shown on the signal. */
export const Invalid: Story = {
  args: {
    initial: (() => {
      const c = templateContent('signal-model') as { signals: Record<string, unknown>[] };
      c.signals[0]!.detection = { mode: 'auto', when: { '==': [{ var: 'deal.nope' }, true] } };
      return c;
    })(),
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

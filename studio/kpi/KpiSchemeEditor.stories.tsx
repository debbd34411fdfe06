import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkContent } from '../editor/issues';
import { templateContent } from '../fixtures/templates';
import { KpiSchemeEditor } from './KpiSchemeEditor';

function Harness({ initial, readOnly }: { initial: unknown; readOnly?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <div style={{ padding: 16 }}>
      <KpiSchemeEditor
        value={value}
        onChange={setValue}
        issues={checkContent('kpi-scheme', value)}
        readOnly={readOnly}
      />
    </div>
  );
}

const meta = {
  title: 'Studio/KpiSchemeEditor',
  component: Harness,
  args: { initial: templateContent('kpi-scheme') },
} satisfies Meta<typeof Harness>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The shipped default (templates/defaults/kpi-scheme.json): weights total 100%. */
export const Default: Story = {};
/** Weights that total 90%: the total turns red and the error explains it. */
export const NotHundred: Story = {
  args: {
    initial: (() => {
      const c = templateContent('kpi-scheme') as { components: { weight: number }[] };
      c.components[0]!.weight -= 10;
      return c;
    })(),
  },
};
export const Empty: Story = { args: { initial: { period: 'month', components: [] } } };
export const ReadOnly: Story = { args: { readOnly: true } };
export const English: Story = { globals: { locale: 'en' } };

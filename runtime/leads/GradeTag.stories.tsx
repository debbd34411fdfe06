import type { Meta, StoryObj } from '@storybook/react-vite';
import { Flex } from 'antd';
import { demoLeads } from '../fixtures';
import { GRADE_CLASSES } from '../api/types';
import { GradeTag } from './GradeTag';

const byClass = (c: string) => demoLeads.find((l) => l.grade?.class === c)?.grade ?? null;

const meta = {
  title: 'Runtime/GradeTag',
  component: GradeTag,
  args: { grade: byClass('A') },
  parameters: { layout: 'centered' },
} satisfies Meta<typeof GradeTag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const ClassA: Story = {};
export const ClassB: Story = { args: { grade: byClass('B') } };
export const ClassC: Story = { args: { grade: byClass('C') } };
export const ClassD: Story = { args: { grade: byClass('D') } };
export const NotGraded: Story = { args: { grade: null } };

export const AllClasses: Story = {
  render: () => (
    <Flex gap={8}>
      {GRADE_CLASSES.map((c) => (
        <GradeTag key={c} grade={byClass(c)} />
      ))}
    </Flex>
  ),
};

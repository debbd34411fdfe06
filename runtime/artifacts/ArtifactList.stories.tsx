import type { Meta, StoryObj } from '@storybook/react-vite';
import { canEditKind } from '../auth/permissions';
import { demoArtifacts, demoSession } from '../fixtures';
import { ArtifactList } from './ArtifactList';

const director = demoSession('director');
const consultant = demoSession('consultant');

const meta = {
  title: 'Runtime/ArtifactList',
  component: ArtifactList,
  args: { items: demoArtifacts, canEdit: (kind) => canEditKind(director, kind) },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof ArtifactList>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A director may edit grading, assignment, SLA, KPI and board artefacts; the rest are read-only. */
export const AsDirector: Story = {};

export const AsConsultant: Story = {
  args: {
    items: demoArtifacts.filter((a) => a.kind === 'form-template' || a.kind === 'signal-model'),
    canEdit: (kind) => canEditKind(consultant, kind),
  },
};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { items: [] } };

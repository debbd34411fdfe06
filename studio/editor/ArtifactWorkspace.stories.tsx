import type { Meta, StoryObj } from '@storybook/react-vite';
import { demoVersions } from '../../runtime/fixtures';
import type { EditableArtifact } from '../api';
import { EDITORS } from '../editors';
import { invalidGradingContent } from '../fixtures/large';
import { templateContent } from '../fixtures/templates';
import { ArtifactWorkspace } from './ArtifactWorkspace';

const grading: EditableArtifact = {
  id: 'a-grading',
  kind: 'grading-rules',
  key: 'default-grading',
  name: { zh: '线索分级规则（默认）', en: 'Lead grading rules (default)' },
  publishedVersion: 3,
  latestVersion: 3,
  updatedAt: '2026-04-18T03:00:00Z',
  content: templateContent('grading-rules'),
  draft: null,
};

const queryData = [
  [['artifact', 'a-grading', 'versions'], demoVersions],
  [['artifact', 'a-grading', 'audit'], []],
  [['artifact', 'a-sla', 'versions'], demoVersions],
  [['artifact', 'a-sla', 'audit'], []],
];

const meta = {
  title: 'Studio/ArtifactWorkspace',
  component: ArtifactWorkspace,
  args: { artifact: grading, readOnly: false, editors: EDITORS },
  parameters: { layout: 'padded', queryData },
} satisfies Meta<typeof ArtifactWorkspace>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A director editing the published default rules. */
export const Editing: Story = {};
/** A saved draft with S5 errors (unknown field, wrong type, thresholds out of order). */
export const InvalidDraft: Story = {
  args: {
    artifact: { ...grading, latestVersion: 4, draft: { version: 4, content: invalidGradingContent() } },
  },
};
/** A rep or finance user: read-only (S2). */
export const ReadOnly: Story = { args: { readOnly: true } };
/** With no structured editor registered for its kind, an artefact opens in the JSON editor. */
export const JsonOnly: Story = {
  args: {
    editors: {},
    artifact: {
      ...grading,
      id: 'a-sla',
      kind: 'sla-policy',
      key: 'default-sla',
      name: { zh: '5-30-120 响应时限', en: '5-30-120 response times' },
      content: templateContent('sla-policy'),
    },
  },
};
/** The SLA policy in its structured editor, with the SLA simulation tab. */
export const SlaPolicy: Story = {
  args: {
    artifact: {
      ...grading,
      id: 'a-sla',
      kind: 'sla-policy',
      key: 'default-sla',
      content: templateContent('sla-policy'),
    },
  },
};

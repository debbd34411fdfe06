import type { Meta, StoryObj } from '@storybook/react-vite';
import manufacturing from '../../templates/forms/manufacturing.requirements.json' with { type: 'json' };
import type { FormTemplate } from '../../schemas';
import { formKeys, type FormSubmission, type PublishedForm } from './api';
import { FormSubmissionPage } from './FormSubmissionPage';

const TEMPLATE_ID = '6f1c2d7e-0000-4000-8000-000000000001';
const SUBJECT_ID = '6f1c2d7e-0000-4000-8000-000000000002';

const form: PublishedForm = {
  id: TEMPLATE_ID,
  key: 'manufacturing.requirements',
  name: manufacturing.name,
  version: 3,
  content: manufacturing.content as unknown as FormTemplate,
};
const submission: FormSubmission = {
  id: '6f1c2d7e-0000-4000-8000-000000000003',
  templateId: TEMPLATE_ID,
  templateVersion: 3,
  subjectType: 'opportunity',
  subjectId: SUBJECT_ID,
  data: {
    projectGoal: '上线MES，实现从排产到报工的全流程数字化',
    painPoints: '插单频繁导致交期延误；人工报工数据滞后一天',
    scope: ['planning', 'execution', 'quality'],
    productionMode: 'discrete',
    productionLines: 12,
    integrations: ['erp', 'mes'],
    existingSystems: [{ name: '用友U8', category: 'erp', vendor: '用友网络', version: 'V16.1' }],
    budget: 3_500_000,
  },
  provenance: {},
  completeness: 52,
  revision: 4,
  updatedAt: '2026-11-26T09:30:00.000Z',
};

const meta = {
  title: 'Runtime/Forms/FormSubmissionPage',
  component: FormSubmissionPage,
  args: { templateId: TEMPLATE_ID, subjectId: SUBJECT_ID },
  parameters: {
    layout: 'padded',
    queryData: [
      [formKeys.template(TEMPLATE_ID), form],
      [formKeys.submission(TEMPLATE_ID, SUBJECT_ID), submission],
    ],
  },
} satisfies Meta<typeof FormSubmissionPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A rep's requirement form about their opportunity, loaded from the server (revision 4). */
export const Loaded: Story = {};
/** First time: no submission yet. */
export const NewForm: Story = {
  parameters: {
    queryData: [
      [formKeys.template(TEMPLATE_ID), form],
      [formKeys.submission(TEMPLATE_ID, SUBJECT_ID), null],
    ],
  },
};
export const ReadOnly: Story = { args: { readOnly: true } };

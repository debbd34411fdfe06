import { Alert, Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import type { Verdict } from '../api/opportunities';
import { errorsByField, fieldMessage } from '../common/fieldErrors';
import { KnowledgePicker } from './KnowledgePicker';
import { VERDICTS } from './labels';

export interface TicketAnswer {
  verdict: Verdict;
  note: string;
  knowledgeIds?: string[];
}

export interface TicketAnswerFormProps {
  ticketId: string;
  submitting?: boolean;
  onSubmit: (answer: TicketAnswer) => Promise<unknown>;
}

/** C3: the consultant's answer — a feasibility verdict, a note and linked knowledge entries. */
export function TicketAnswerForm({ ticketId, submitting, onSubmit }: TicketAnswerFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TicketAnswer>();
  const [rootError, setRootError] = useState<string | null>(null);
  const finish = async (v: TicketAnswer) => {
    setRootError(null);
    try {
      await onSubmit({ verdict: v.verdict, note: v.note.trim(), knowledgeIds: v.knowledgeIds ?? [] });
      form.resetFields();
    } catch (e) {
      if (isApiError(e, 400)) {
        const fields = errorsByField(t, e.errors);
        form.setFields(
          fields.filter((f) => f.name.length).map((f) => ({ name: f.name as never, errors: f.errors })),
        );
        const root = fields.filter((f) => !f.name.length).flatMap((f) => f.errors);
        if (root.length) setRootError(root.join('；'));
      } else setRootError(e instanceof Error ? fieldMessage(t, e.message) : String(e));
    }
  };
  return (
    <Form<TicketAnswer>
      form={form}
      layout="vertical"
      onFinish={(v) => void finish(v)}
      data-testid="ticket-answer-form"
    >
      {rootError && (
        <Alert type="error" showIcon role="alert" title={rootError} style={{ marginBottom: 12 }} />
      )}
      <Form.Item
        name="verdict"
        label={t('opp.answer.verdict')}
        rules={[{ required: true, message: t('opp.answer.verdictRequired') }]}
      >
        <Radio.Group
          optionType="button"
          options={VERDICTS.map((v) => ({ value: v, label: t(`opp.verdict.${v}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('opp.answer.note')}
        rules={[{ required: true, whitespace: true, message: t('opp.answer.noteRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={4000} showCount placeholder={t('opp.answer.notePlaceholder')} />
      </Form.Item>
      <Form.Item name="knowledgeIds" label={t('opp.answer.knowledge')}>
        <KnowledgePicker id={`knowledge-${ticketId}`} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={submitting}>
        {t('opp.answer.submit')}
      </Button>
    </Form>
  );
}

// Record a signal with its evidence (F2): note, link, file name and when it happened; the
// server's field errors are shown at their fields.
import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignalContributionView, SignalInput } from '../api/forecast';
import { isApiError } from '../api/client';
import { errorsByField } from '../common/fieldErrors';
import { useLocaleFormat } from '../i18n';

interface Values {
  note?: string;
  link?: string;
  fileName?: string;
  at?: Dayjs;
}

export interface RecordSignalModalProps {
  signal: SignalContributionView | null;
  onClose: () => void;
  onSubmit: (input: SignalInput) => Promise<unknown>;
}

export function RecordSignalModal({ signal, onClose, onSubmit }: RecordSignalModalProps) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: Values) => {
    if (!signal) return;
    setError(null);
    const input: SignalInput = { signalId: signal.signalId };
    if (v.note?.trim()) input.note = v.note.trim();
    if (v.link?.trim()) input.link = v.link.trim();
    if (v.fileName?.trim()) input.fileName = v.fileName.trim();
    if (v.at) input.at = v.at.toISOString();
    setBusy(true);
    try {
      await onSubmit(input);
      form.resetFields();
      onClose();
    } catch (e) {
      if (isApiError(e, 400)) {
        const fields = errorsByField(t, e.errors);
        form.setFields(fields.filter((f) => f.name.length) as Parameters<typeof form.setFields>[0]);
        if (fields.some((f) => !f.name.length)) setError(e.message);
      } else setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={!!signal}
      title={signal ? t('signals.recordTitle', { label: text(signal.label) }) : ''}
      okText={t('signals.record')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {signal?.evidenceRequired && (
        <Alert type="info" showIcon title={t('signals.evidenceRequired')} style={{ marginBottom: 12 }} />
      )}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="note" label={t('signals.note')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('signals.notePlaceholder')} autoFocus />
        </Form.Item>
        <Form.Item
          name="link"
          label={t('signals.link')}
          rules={[{ type: 'url', message: t('fieldErrors.url') }]}
        >
          <Input maxLength={2000} placeholder="https://" />
        </Form.Item>
        <Form.Item name="fileName" label={t('signals.fileName')}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="at" label={t('signals.at')}>
          <DatePicker showTime disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}

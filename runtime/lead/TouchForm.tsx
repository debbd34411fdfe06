import { useState } from 'react';
import { Alert, Button, Collapse, Flex, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Touch, TouchChannel, TouchInput } from '../api/lifecycle-types';
import { TouchKeywords } from './TouchKeywords';
import { touchChannelLabel } from './timelineLabels';

export const FORM_CHANNELS: TouchChannel[] = ['call', 'wechat', 'visit', 'email', 'meeting'];

export interface TouchFormProps {
  /** Resolves with the stored touch (its keywords are shown), rejects with an Error to show. */
  onSubmit: (input: TouchInput) => Promise<Touch>;
  submitting?: boolean;
}

interface Values {
  channel: TouchChannel;
  note?: string;
  transcript?: string;
}

/** "Log a touch": channel, a note or a pasted transcript; shows the key phrases and pain points found. */
export function TouchForm({ onSubmit, submitting }: TouchFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<Touch | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (v: Values) => {
    setError(null);
    const input: TouchInput = { channel: v.channel };
    if (v.note?.trim()) input.note = v.note.trim();
    if (v.transcript?.trim()) input.transcript = v.transcript.trim();
    try {
      const touch = await onSubmit(input);
      setResult(touch);
      form.resetFields(['note', 'transcript']);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ channel: 'call' }}
      onFinish={(v) => void submit(v)}
      disabled={submitting}
      aria-label={t('touch.title')}
    >
      <Form.Item name="channel" label={t('touch.channel')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={FORM_CHANNELS.map((c) => ({ value: c, label: touchChannelLabel(t, c) }))}
        />
      </Form.Item>
      <Form.Item name="note" label={t('touch.note')}>
        <Input.TextArea rows={3} maxLength={4000} placeholder={t('touch.notePlaceholder')} />
      </Form.Item>
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'transcript',
            label: t('touch.transcriptToggle'),
            forceRender: true,
            children: (
              <Form.Item name="transcript" label={t('touch.transcript')} style={{ marginBottom: 0 }}>
                <Input.TextArea rows={6} maxLength={200000} placeholder={t('touch.transcriptPlaceholder')} />
              </Form.Item>
            ),
          },
        ]}
      />
      {error && <Alert type="error" showIcon title={error} style={{ margin: '12px 0' }} />}
      <Flex justify="flex-end" style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('touch.submit')}
        </Button>
      </Flex>
      {result && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 12 }}
          title={t('touch.logged', { channel: touchChannelLabel(t, result.channel) })}
          description={<TouchKeywords keywords={result.keywords} />}
          closable={{ onClose: () => setResult(null) }}
        />
      )}
    </Form>
  );
}

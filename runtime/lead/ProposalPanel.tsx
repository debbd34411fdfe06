import { useState } from 'react';
import { Alert, Button, Empty, Flex, Form, Input, InputNumber, Segmented, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Proposal, ProposalInput } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';

export interface ProposalPanelProps {
  proposals: Proposal[];
  onSend: (input: ProposalInput) => Promise<Proposal>;
  sending?: boolean;
  /** Where tracked links are opened (defaults to this site). */
  origin?: string;
}

const absolute = (origin: string, url: string) => (/^https?:/.test(url) ? url : origin + url);

/** Send a proposal or quote as a tracked link; shows the link to copy and whether it was opened. */
export function ProposalPanel({ proposals, onSend, sending, origin }: ProposalPanelProps) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const [form] = Form.useForm<ProposalInput>();
  const [sent, setSent] = useState<Proposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = origin ?? (typeof location === 'undefined' ? '' : location.origin);
  const kind = Form.useWatch('kind', form) ?? 'proposal';

  const submit = async (v: ProposalInput) => {
    setError(null);
    try {
      const p = await onSend({
        kind: v.kind,
        title: v.title.trim(),
        ...(v.body?.trim() ? { body: v.body.trim() } : {}),
        ...(typeof v.amount === 'number' ? { amount: Math.round(v.amount) } : {}),
      });
      setSent(p);
      form.resetFields(['title', 'body', 'amount']);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Form<ProposalInput>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'proposal' }}
        onFinish={(v) => void submit(v)}
        disabled={sending}
      >
        <Form.Item name="kind" style={{ marginBottom: 12 }}>
          <Segmented
            options={[
              { value: 'proposal', label: t('proposal.kinds.proposal') },
              { value: 'quote', label: t('proposal.kinds.quote') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('proposal.title')}
          rules={[{ required: true, whitespace: true, message: t('proposal.titleRequired') }]}
        >
          <Input maxLength={200} placeholder={t('proposal.titlePlaceholder')} />
        </Form.Item>
        {kind === 'quote' && (
          <Form.Item name="amount" label={t('proposal.amount')}>
            <InputNumber<number> min={0} step={10000} style={{ width: '100%' }} prefix="¥" />
          </Form.Item>
        )}
        <Form.Item name="body" label={t('proposal.body')}>
          <Input.TextArea rows={3} maxLength={20000} />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={sending}>
          {t(kind === 'quote' ? 'proposal.sendQuote' : 'proposal.send')}
        </Button>
      </Form>
      {sent && (
        <Alert
          type="success"
          showIcon
          title={t('proposal.sent')}
          description={
            <Typography.Text copyable={{ text: absolute(base, sent.url) }} data-testid="tracked-link">
              {absolute(base, sent.url)}
            </Typography.Text>
          }
        />
      )}
      {proposals.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('proposal.empty')} />
      ) : (
        <Flex vertical gap={8}>
          {proposals.map((p) => (
            <Flex key={p.id} justify="space-between" align="center" gap={8} wrap>
              <div style={{ minWidth: 0 }}>
                <Tag color={p.kind === 'quote' ? 'gold' : 'blue'}>{t(`proposal.kinds.${p.kind}`)}</Tag>
                <Typography.Text strong>{p.title}</Typography.Text>
                <div style={{ fontSize: 12, opacity: 0.65 }}>
                  {dateTime(p.sentAt)}
                  {p.amount !== null ? ` · ¥${p.amount.toLocaleString()}` : ''}
                </div>
              </div>
              <Flex gap={4} align="center">
                {p.firstViewedAt ? (
                  <Tag color="success">{t('proposal.viewed', { count: p.viewCount })}</Tag>
                ) : (
                  <Tag color="warning">{t('proposal.unread')}</Tag>
                )}
                <Typography.Text
                  copyable={{
                    text: absolute(base, p.url),
                    tooltips: [t('proposal.copy'), t('proposal.copied')],
                  }}
                />
              </Flex>
            </Flex>
          ))}
        </Flex>
      )}
    </Flex>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useCreateLeadSource, useLeadSources, usePatchLeadSource } from '../api/settings';
import type { LeadSource } from '../api/lifecycle-types';
import { CHANNELS } from '../api/types';
import { useLocaleFormat } from '../i18n';
import { channelLabel } from '../leads/labels';
import { SecretReveal } from './SecretReveal';

const origin = () => (typeof location === 'undefined' ? '' : location.origin);

/** Lead sources that post signed webhooks: create (secret shown once), list, disable. */
export function LeadSourcesPanel() {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const { message } = App.useApp();
  const sources = useLeadSources();
  const create = useCreateLeadSource();
  const patch = usePatchLeadSource();
  const [created, setCreated] = useState<(LeadSource & { secret: string }) | null>(null);
  const [form] = Form.useForm<{ name: string; channel: string }>();

  const columns: ColumnsType<LeadSource> = [
    {
      key: 'name',
      title: t('settings.name'),
      render: (_, s) => <Typography.Text strong>{s.name}</Typography.Text>,
    },
    { key: 'channel', title: t('leads.columns.channel'), render: (_, s) => channelLabel(t, s.channel) },
    {
      key: 'url',
      title: t('settings.sources.webhookUrl'),
      responsive: ['md'],
      render: (_, s) => (
        <Typography.Text code copyable={{ text: origin() + s.webhookPath }} style={{ fontSize: 12 }}>
          {s.webhookPath}
        </Typography.Text>
      ),
    },
    {
      key: 'last',
      title: t('settings.sources.lastDelivery'),
      responsive: ['sm'],
      render: (_, s) => (s.lastDeliveryAt ? dateTime(s.lastDeliveryAt) : t('common.none')),
    },
    {
      key: 'active',
      title: t('settings.active'),
      render: (_, s) => (
        <Switch
          checked={s.active}
          aria-label={t('settings.activeFor', { name: s.name })}
          loading={patch.isPending && patch.variables?.id === s.id}
          onChange={(active) =>
            patch.mutate({ id: s.id, active }, { onError: (e) => void message.error(e.message) })
          }
        />
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('settings.sources.intro')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        initialValues={{ channel: 'website_form' }}
        onFinish={(v) =>
          create.mutate(v, {
            onSuccess: (s) => {
              setCreated(s);
              form.resetFields();
            },
          })
        }
        style={{ rowGap: 8 }}
      >
        <Form.Item
          name="name"
          rules={[{ required: true, whitespace: true, message: t('settings.nameRequired') }]}
        >
          <Input
            placeholder={t('settings.sources.namePlaceholder')}
            aria-label={t('settings.name')}
            maxLength={100}
          />
        </Form.Item>
        <Form.Item name="channel">
          <Select
            aria-label={t('leads.columns.channel')}
            style={{ width: 150 }}
            options={CHANNELS.map((c) => ({ value: c, label: channelLabel(t, c) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('settings.sources.create')}
        </Button>
      </Form>
      {create.isError && <Alert type="error" showIcon title={create.error.message} />}
      {sources.isError && (
        <Alert type="error" showIcon title={t('settings.loadError')} description={sources.error.message} />
      )}
      <Table<LeadSource>
        rowKey="id"
        size="small"
        loading={sources.isPending}
        columns={columns}
        dataSource={sources.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(s) => (s.active ? '' : 'ant-table-row-disabled')}
        locale={{ emptyText: t('settings.sources.empty') }}
      />
      <Modal
        open={!!created}
        title={created ? t('settings.sources.createdTitle', { name: created.name }) : ''}
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            {t('settings.savedIt')}
          </Button>
        }
        width={720}
        destroyOnHidden
      >
        {created && (
          <>
            <Tag color="blue" style={{ marginBottom: 12 }}>
              {channelLabel(t, created.channel)}
            </Tag>
            <SecretReveal secret={created.secret} url={origin() + created.webhookPath} />
          </>
        )}
      </Modal>
    </Flex>
  );
}

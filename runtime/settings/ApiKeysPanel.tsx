import { useState } from 'react';
import { Alert, Button, Flex, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../api/settings';
import type { ApiKey } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';
import { SecretReveal } from './SecretReveal';

/** API keys for machine clients: create (the key is shown once), list, revoke. */
export function ApiKeysPanel() {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [issued, setIssued] = useState<{ name: string; key: string } | null>(null);
  const [form] = Form.useForm<{ name: string }>();

  const columns: ColumnsType<ApiKey> = [
    {
      key: 'name',
      title: t('settings.name'),
      render: (_, k) => <Typography.Text strong>{k.name}</Typography.Text>,
    },
    {
      key: 'prefix',
      title: t('settings.keys.prefix'),
      render: (_, k) => <Typography.Text code>{k.prefix}…</Typography.Text>,
    },
    {
      key: 'scopes',
      title: t('settings.keys.scopes'),
      responsive: ['md'],
      render: (_, k) => k.scopes.map((s) => <Tag key={s}>{s}</Tag>),
    },
    {
      key: 'used',
      title: t('settings.keys.lastUsed'),
      responsive: ['sm'],
      render: (_, k) => (k.lastUsedAt ? dateTime(k.lastUsedAt) : t('settings.keys.never')),
    },
    {
      key: 'state',
      title: t('settings.keys.state'),
      render: (_, k) =>
        k.revokedAt ? (
          <Tag>{t('settings.keys.revoked')}</Tag>
        ) : (
          <Popconfirm
            title={t('settings.keys.revokeConfirm', { name: k.name })}
            okText={t('settings.keys.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(k.id)}
          >
            <Button size="small" danger>
              {t('settings.keys.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('settings.keys.intro')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        style={{ rowGap: 8 }}
        onFinish={(v) =>
          create.mutate(
            { name: v.name.trim() },
            {
              onSuccess: (r) => {
                setIssued({ name: v.name.trim(), key: r.key });
                form.resetFields();
              },
            },
          )
        }
      >
        <Form.Item
          name="name"
          rules={[{ required: true, whitespace: true, message: t('settings.nameRequired') }]}
        >
          <Input
            aria-label={t('settings.name')}
            placeholder={t('settings.keys.namePlaceholder')}
            maxLength={100}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('settings.keys.create')}
        </Button>
      </Form>
      {(create.isError || revoke.isError) && (
        <Alert type="error" showIcon title={(create.error ?? revoke.error)?.message} />
      )}
      <Table<ApiKey>
        rowKey="id"
        size="small"
        loading={keys.isPending}
        columns={columns}
        dataSource={keys.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings.keys.empty') }}
      />
      <Modal
        open={!!issued}
        title={issued ? t('settings.keys.createdTitle', { name: issued.name }) : ''}
        onCancel={() => setIssued(null)}
        footer={
          <Button type="primary" onClick={() => setIssued(null)}>
            {t('settings.savedIt')}
          </Button>
        }
        destroyOnHidden
      >
        {issued && (
          <>
            <SecretReveal secret={issued.key} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              {t('settings.keys.usage')}
            </Typography.Paragraph>
            <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
              {`curl -H "Authorization: Bearer ${issued.key}" -H "Content-Type: application/json" -d '{"name":"张伟","contact":{"phone":"13800138000"},"source":{"channel":"partner"}}' ${typeof location === 'undefined' ? '' : location.origin}/api/leads`}
            </Typography.Text>
          </>
        )}
      </Modal>
    </Flex>
  );
}

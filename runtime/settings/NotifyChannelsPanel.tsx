import {
  Alert,
  App,
  Button,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Segmented,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import {
  useCreateNotifyChannel,
  useNotifications,
  useNotifyChannels,
  usePatchNotifyChannel,
} from '../api/settings';
import {
  NOTIFY_EVENTS,
  type Notification,
  type NotifyChannel,
  type NotifyChannelInput,
} from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';

const STATE_COLORS: Record<string, string> = {
  sent: 'success',
  pending: 'processing',
  sending: 'processing',
  failed: 'error',
};

/** WeCom / DingTalk group robots: create with the events they receive, switch on/off, and the delivery log. */
export function NotifyChannelsPanel() {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  const { message } = App.useApp();
  const channels = useNotifyChannels();
  const log = useNotifications();
  const create = useCreateNotifyChannel();
  const patch = usePatchNotifyChannel();
  const [form] = Form.useForm<NotifyChannelInput>();
  const kind = Form.useWatch('kind', form) ?? 'wecom';
  const nameOf = new Map((channels.data ?? []).map((c) => [c.id, c.name]));
  const eventLabel = (e: string) => t(`settings.robots.events.${e}`, { defaultValue: e });

  const columns: ColumnsType<NotifyChannel> = [
    {
      key: 'name',
      title: t('settings.name'),
      render: (_, c) => (
        <span>
          <Tag color={c.kind === 'wecom' ? 'green' : 'blue'}>{t(`settings.robots.kinds.${c.kind}`)}</Tag>
          <Typography.Text strong>{c.name}</Typography.Text>
        </span>
      ),
    },
    {
      key: 'events',
      title: t('settings.robots.eventsLabel'),
      responsive: ['sm'],
      render: (_, c) => (
        <Flex wrap gap={4}>
          {c.events.map((e) => (
            <Tag key={e} style={{ marginInlineEnd: 0 }}>
              {eventLabel(e)}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'url',
      title: t('settings.robots.url'),
      responsive: ['lg'],
      render: (_, c) => (
        <Typography.Text code style={{ fontSize: 12 }}>
          {c.url}
        </Typography.Text>
      ),
    },
    {
      key: 'active',
      title: t('settings.active'),
      render: (_, c) => (
        <Switch
          checked={c.active}
          aria-label={t('settings.activeFor', { name: c.name })}
          onChange={(active) =>
            patch.mutate({ id: c.id, active }, { onError: (e) => void message.error(e.message) })
          }
        />
      ),
    },
  ];

  const logColumns: ColumnsType<Notification> = [
    {
      key: 'at',
      title: t('settings.robots.at'),
      render: (_, n) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(n.createdAt)}</span>,
    },
    {
      key: 'channel',
      title: t('settings.robots.channel'),
      render: (_, n) => nameOf.get(n.channelId) ?? n.kind,
    },
    { key: 'event', title: t('settings.robots.event'), render: (_, n) => eventLabel(n.event) },
    {
      key: 'state',
      title: t('settings.robots.state'),
      render: (_, n) => (
        <Tag color={STATE_COLORS[n.state] ?? 'default'}>
          {t(`settings.robots.states.${n.state}`, { defaultValue: n.state })}
          {n.attempts > 1 ? ` ×${n.attempts}` : ''}
        </Tag>
      ),
    },
    {
      key: 'error',
      title: t('settings.robots.error'),
      responsive: ['md'],
      render: (_, n) => n.lastError ?? '',
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('settings.robots.intro')}
      </Typography.Paragraph>
      <Form<NotifyChannelInput>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'wecom', events: ['lead.assigned', 'clock.breached'] }}
        onFinish={(v) =>
          create.mutate(
            {
              ...v,
              ...(v.kind === 'dingtalk' && v.secret?.trim()
                ? { secret: v.secret.trim() }
                : { secret: undefined }),
            },
            {
              onSuccess: () => {
                form.resetFields();
                void message.success(t('settings.robots.created'));
              },
            },
          )
        }
      >
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name="kind" label={t('settings.robots.kind')}>
              <Segmented
                options={(['wecom', 'dingtalk'] as const).map((k) => ({
                  value: k,
                  label: t(`settings.robots.kinds.${k}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              name="name"
              label={t('settings.name')}
              rules={[{ required: true, whitespace: true, message: t('settings.nameRequired') }]}
            >
              <Input maxLength={100} placeholder={t('settings.robots.namePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="url"
              label={t('settings.robots.url')}
              rules={[
                { required: true, pattern: /^https?:\/\/\S+$/, message: t('settings.robots.urlInvalid') },
              ]}
            >
              <Input
                maxLength={1000}
                placeholder={
                  kind === 'wecom'
                    ? 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'
                    : 'https://oapi.dingtalk.com/robot/send?access_token=…'
                }
              />
            </Form.Item>
          </Col>
          {kind === 'dingtalk' && (
            <Col xs={24} md={12}>
              <Form.Item name="secret" label={t('settings.robots.secret')}>
                <Input.Password maxLength={200} placeholder="SEC…" />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item
              name="events"
              label={t('settings.robots.eventsLabel')}
              rules={[
                { required: true, type: 'array', min: 1, message: t('settings.robots.eventsRequired') },
              ]}
            >
              <Checkbox.Group options={NOTIFY_EVENTS.map((e) => ({ value: e, label: eventLabel(e) }))} />
            </Form.Item>
          </Col>
        </Row>
        {create.isError && (
          <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t('settings.robots.create')}
        </Button>
      </Form>
      <Table<NotifyChannel>
        rowKey="id"
        size="small"
        loading={channels.isPending}
        columns={columns}
        dataSource={channels.data ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings.robots.empty') }}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('settings.robots.log')}
      </Typography.Title>
      <Table<Notification>
        rowKey="id"
        size="small"
        loading={log.isPending}
        columns={logColumns}
        dataSource={log.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('settings.robots.logEmpty') }}
      />
    </Flex>
  );
}

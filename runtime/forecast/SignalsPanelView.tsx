// The signals of one deal (F1–F3, F6): each signal with its weight, whether it is present and
// its evidence; the score, its history and the banded win probability; the payment factor.
import { CheckCircleFilled, MinusCircleOutlined, RobotOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  List,
  Popconfirm,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { DealScoreView, SignalContributionView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { ProbabilityTag } from './ProbabilityTag';
import { Sparkline } from './Sparkline';

export interface SignalsPanelViewProps {
  data: DealScoreView;
  canRecord: boolean;
  onRecord?: (signal: SignalContributionView) => void;
  onRemove?: (entryId: string) => void;
  busy?: boolean;
}

export function SignalsPanelView({ data, canRecord, onRecord, onRemove, busy }: SignalsPanelViewProps) {
  const { t } = useTranslation();
  const { text, dateTime } = useLocaleFormat();
  const closed = data.outcome !== 'open';
  const editable = canRecord && !closed;
  return (
    <Card size="small" title={t('signals.title')} data-testid="signals-panel">
      <Flex gap={24} wrap align="center" style={{ marginBottom: 12 }}>
        <Statistic title={t('signals.score')} value={data.score} suffix="/ 100" />
        <div>
          <Typography.Text type="secondary">{t('signals.probability')}</Typography.Text>
          <div data-testid="deal-probability">
            <ProbabilityTag {...data.probability} />
          </div>
        </div>
        <div>
          <Typography.Text type="secondary">{t('signals.history')}</Typography.Text>
          <div>
            {data.history.length ? (
              <Sparkline points={data.history.map((h) => h.score)} />
            ) : (
              <Typography.Text type="secondary">{t('signals.noHistory')}</Typography.Text>
            )}
          </div>
        </div>
      </Flex>
      {data.paymentFactor < 1 && data.reason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('signals.payment', { factor: data.paymentFactor })}
          description={t('forecast.paymentReason', {
            reason: text(data.reason),
            avg: Math.round(data.paymentAvgDays ?? 0),
            terms: data.paymentTermsDays ?? '—',
          })}
        />
      ) : null}
      {!canRecord && !closed && (
        <Typography.Paragraph type="secondary">{t('signals.readOnly')}</Typography.Paragraph>
      )}
      <List
        size="small"
        dataSource={data.contributions}
        renderItem={(c) => (
          <List.Item
            data-testid={`signal-${c.signalId}`}
            actions={
              editable
                ? [
                    c.evidence && c.evidence.source !== 'auto' ? (
                      <Popconfirm
                        key="remove"
                        title={t('signals.removeConfirm')}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() => onRemove?.(c.evidence!.id)}
                      >
                        <Button size="small" danger type="link" disabled={busy}>
                          {t('signals.remove')}
                        </Button>
                      </Popconfirm>
                    ) : null,
                    c.mode === 'manual' ? (
                      <Button key="record" size="small" onClick={() => onRecord?.(c)} disabled={busy}>
                        {t('signals.record')}
                      </Button>
                    ) : null,
                  ].filter(Boolean)
                : []
            }
          >
            <List.Item.Meta
              avatar={
                c.present ? (
                  <CheckCircleFilled
                    style={{ color: '#52c41a', fontSize: 18 }}
                    aria-label={t('signals.present')}
                  />
                ) : (
                  <MinusCircleOutlined
                    style={{ color: '#bfbfbf', fontSize: 18 }}
                    aria-label={t('signals.absent')}
                  />
                )
              }
              title={
                <Space size={6} wrap>
                  <span>{text(c.label)}</span>
                  <Tag color={c.present ? 'success' : 'default'}>
                    {t('signals.weight', { weight: c.weight })}
                  </Tag>
                  <Tag variant="outlined">{t(`signals.category.${c.category}`)}</Tag>
                  {c.mode === 'auto' && (
                    <Tag icon={<RobotOutlined />} color="processing">
                      {t('signals.auto')}
                    </Tag>
                  )}
                  {c.expired && <Tag color="warning">{t('signals.expired')}</Tag>}
                </Space>
              }
              description={
                c.evidence ? (
                  <Descriptions size="small" column={1} colon={false}>
                    {c.evidence.note && <Descriptions.Item>{c.evidence.note}</Descriptions.Item>}
                    {c.evidence.link && (
                      <Descriptions.Item>
                        <a href={c.evidence.link} target="_blank" rel="noreferrer noopener">
                          {c.evidence.link}
                        </a>
                      </Descriptions.Item>
                    )}
                    {c.evidence.fileName && <Descriptions.Item>📎 {c.evidence.fileName}</Descriptions.Item>}
                    <Descriptions.Item>
                      <Typography.Text type="secondary">
                        {t('signals.by', {
                          source: t(c.evidence.source === 'auto' ? 'signals.auto' : 'signals.manual'),
                          at: dateTime(c.evidence.at),
                        })}
                      </Typography.Text>
                    </Descriptions.Item>
                  </Descriptions>
                ) : null
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

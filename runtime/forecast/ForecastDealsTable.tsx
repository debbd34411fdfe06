// The deals behind the forecast (F4): each with its score, banded probability, chance of closing
// in the period, payment factor and contribution; a row expands into the deal's signals.
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ForecastDealView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { money, percent } from './format';
import { ProbabilityTag } from './ProbabilityTag';

const STRENGTH_COLOR = { strong: 'blue', medium: 'cyan', weak: 'orange' } as const;

export interface ForecastDealsTableProps {
  deals: ForecastDealView[];
  loading?: boolean;
  /** The expanded row's content (the signals panel in the app). */
  expand?: (deal: ForecastDealView) => ReactNode;
}

export function ForecastDealsTable({ deals, loading, expand }: ForecastDealsTableProps) {
  const { t } = useTranslation();
  const { lang, text } = useLocaleFormat();
  const columns: ColumnsType<ForecastDealView> = [
    {
      key: 'name',
      title: t('forecast.col.name'),
      render: (_, d) => (
        <div>
          <Link to={`/opportunities/${d.id}`}>{d.name}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {d.customerName ?? '—'}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'owner', title: t('forecast.col.owner'), dataIndex: 'ownerName', width: 90 },
    {
      key: 'amount',
      title: t('forecast.col.amount'),
      align: 'right',
      sorter: (a, b) => a.amount - b.amount,
      render: (_, d) => money(d.amount, lang),
    },
    {
      key: 'score',
      title: t('forecast.col.score'),
      align: 'right',
      sorter: (a, b) => a.score - b.score,
      render: (_, d) => (
        <span>
          {d.score} <Tag color={STRENGTH_COLOR[d.strength]}>{t(`forecast.strength.${d.strength}`)}</Tag>
        </span>
      ),
    },
    {
      key: 'probability',
      title: t('forecast.col.probability'),
      render: (_, d) => (
        <ProbabilityTag value={d.probability} band={d.band} n={d.n} interval={d.interval} thin={d.thin} />
      ),
    },
    { key: 'pClose', title: t('forecast.col.pClose'), align: 'right', render: (_, d) => percent(d.pClose) },
    {
      key: 'payment',
      title: t('forecast.col.payment'),
      align: 'right',
      render: (_, d) =>
        d.paymentFactor < 1 ? (
          <Tooltip
            title={t('forecast.paymentReason', {
              reason: text(d.paymentReason),
              avg: Math.round(d.paymentAvgDays ?? 0),
              terms: d.paymentTermsDays ?? '—',
            })}
          >
            <Tag color="warning" data-testid="payment-factor">
              ×{d.paymentFactor}
            </Tag>
          </Tooltip>
        ) : (
          '×1'
        ),
    },
    {
      key: 'contribution',
      title: t('forecast.col.contribution'),
      align: 'right',
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.contribution - b.contribution,
      render: (_, d) => <Typography.Text strong>{money(d.contribution, lang)}</Typography.Text>,
    },
  ];
  return (
    <Table<ForecastDealView>
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={deals}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t('forecast.empty') }}
      expandable={expand ? { expandedRowRender: expand, rowExpandable: () => true } : undefined}
      scroll={{ x: 900 }}
      data-testid="forecast-deals"
    />
  );
}

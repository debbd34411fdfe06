import { Empty, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BoardMetric, BoardReason, BoardRow } from '../api/lifecycle-types';
import { Light } from './Light';

const RANK = { red: 0, amber: 1, green: 2 } as const;

export const showMetric = (metric: BoardMetric, v: number | null) =>
  v === null ? '—' : metric === 'unreadRate' ? `${Math.round(v * 100)}%` : String(v);

function MetricCell({ row, metric }: { row: BoardRow; metric: BoardMetric }) {
  const reason = row.reasons.find((r) => r.metric === metric);
  const text = showMetric(metric, row[metric]);
  if (!reason) return <span>{text}</span>;
  return (
    <Tag color={reason.light === 'red' ? 'red' : 'orange'} style={{ marginInlineEnd: 0, fontWeight: 600 }}>
      {text}
    </Tag>
  );
}

export function ReasonText({ reason }: { reason: BoardReason }) {
  const { t } = useTranslation();
  return (
    <span>
      {t('board.reason', {
        metric: t(`board.metrics.${reason.metric}`),
        value: showMetric(reason.metric, reason.value),
        threshold: showMetric(reason.metric, reason.threshold),
        light: t(`board.lights.${reason.light}`),
      })}
    </span>
  );
}

/** Per rep: the four measures, the light, and why (worst first). */
export function BoardTable({ rows, loading }: { rows: BoardRow[]; loading?: boolean }) {
  const { t } = useTranslation();
  const sorted = [...rows].sort(
    (a, b) => RANK[a.light] - RANK[b.light] || a.repName.localeCompare(b.repName),
  );
  const metric = (m: BoardMetric, responsive?: ('sm' | 'md' | 'lg')[]) => ({
    key: m,
    title: t(`board.metrics.${m}`),
    align: 'center' as const,
    responsive,
    render: (_: unknown, r: BoardRow) => <MetricCell row={r} metric={m} />,
  });
  const columns: ColumnsType<BoardRow> = [
    { key: 'light', title: t('board.light'), width: 64, render: (_, r) => <Light value={r.light} /> },
    {
      key: 'rep',
      title: t('board.rep'),
      render: (_, r) => (
        <div>
          <Typography.Text strong>{r.repName}</Typography.Text>
          {r.teamName && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.teamName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    metric('pendingLeads'),
    metric('staleCustomers', ['sm']),
    metric('unreadRate', ['md']),
    metric('overdue'),
    {
      key: 'reasons',
      title: t('board.reasons'),
      responsive: ['md'],
      render: (_, r) =>
        r.reasons.length ? (
          <Flex vertical gap={2}>
            {r.reasons.map((x) => (
              <Typography.Text
                key={x.metric}
                type={x.light === 'red' ? 'danger' : 'warning'}
                style={{ fontSize: 12 }}
              >
                <ReasonText reason={x} />
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('board.allGood')}</Typography.Text>
        ),
    },
  ];
  return (
    <Table<BoardRow>
      rowKey="repId"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={sorted}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="board-table"
      expandable={{
        // On a phone the reasons column is hidden: a row opens to show them.
        rowExpandable: (r) => r.reasons.length > 0,
        expandedRowRender: (r) => (
          <Flex vertical gap={2}>
            {r.reasons.map((x) => (
              <ReasonText key={x.metric} reason={x} />
            ))}
          </Flex>
        ),
        showExpandColumn: false,
        expandRowByClick: true,
      }}
      locale={{ emptyText: <Empty description={t('board.empty')} /> }}
    />
  );
}

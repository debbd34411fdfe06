import { Empty, Flex, Progress, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { KpiComponentScore, RepKpi } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';
import { formatRaw } from './kpiFormat';

function ComponentCell({ c }: { c: KpiComponentScore | undefined }) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  if (!c) return null;
  const body = (
    <Flex vertical gap={0} style={{ fontVariantNumeric: 'tabular-nums' }}>
      <Typography.Text strong={c.raw !== null} type={c.raw === null ? 'secondary' : undefined}>
        {formatRaw(c)}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.raw === null
          ? t('kpi.notScored')
          : t('kpi.contribution', { points: c.contribution, weight: c.effectiveWeight })}
      </Typography.Text>
    </Flex>
  );
  return c.detail ? <Tooltip title={text(c.detail)}>{body}</Tooltip> : body;
}

/** Per rep: the KPI score and, for each component, its raw value, the weight used and the points it gave. */
export function KpiTable({ items, loading }: { items: RepKpi[]; loading?: boolean }) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  const components = items[0]?.components ?? [];
  const columns: ColumnsType<RepKpi> = [
    {
      key: 'rep',
      title: t('board.rep'),
      fixed: 'left',
      render: (_, r) => <Typography.Text strong>{r.repName}</Typography.Text>,
    },
    {
      key: 'score',
      title: t('kpi.score'),
      sorter: (a, b) => (a.score ?? -1) - (b.score ?? -1),
      defaultSortOrder: 'descend',
      render: (_, r) =>
        r.score === null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Flex align="center" gap={8}>
            <Progress type="circle" size={36} percent={r.score} format={() => Math.round(r.score ?? 0)} />
          </Flex>
        ),
    },
    ...components.map((c) => ({
      key: c.id,
      title: (
        <span>
          {text(c.label)}
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {' '}
            {t('kpi.weight', { weight: c.weight })}
          </Typography.Text>
        </span>
      ),
      render: (_: unknown, r: RepKpi) => <ComponentCell c={r.components.find((x) => x.id === c.id)} />,
    })),
  ];
  return (
    <Table<RepKpi>
      rowKey="repId"
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="kpi-table"
      locale={{ emptyText: <Empty description={t('kpi.empty')} /> }}
    />
  );
}

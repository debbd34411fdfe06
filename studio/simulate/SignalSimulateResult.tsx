import { Flex, Statistic, Table, Typography } from 'antd';
import { useStudioT } from '../i18n';
import type { SignalSimulation } from './signals';

const wan = (cny: number) => `${(cny / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}`;
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The forecast before → after with its delta, and each open deal's probability shift (largest first). */
export function SignalSimulateResult({ result: r }: { result: SignalSimulation }) {
  const { t } = useStudioT();
  const figures = (['total', 'committed', 'bestCase'] as const).map((k) => ({
    k,
    before: r.before[k],
    after: r.after[k],
    delta: r.delta[k],
  }));
  return (
    <Flex vertical gap={12} data-testid="signal-sim-result">
      <Typography.Text>
        {t('simulate.signals.summary', {
          period: r.period,
          open: r.openDeals,
          changed: r.changed,
          version: r.published?.version ?? '—',
        })}
      </Typography.Text>
      <Flex gap={32} wrap>
        {figures.map((f) => (
          <Statistic
            key={f.k}
            title={t(`simulate.signals.${f.k}`)}
            value={wan(f.after)}
            suffix={t('value.wan')}
            valueStyle={{ color: f.delta > 0 ? '#389e0d' : f.delta < 0 ? '#cf1322' : undefined }}
            prefix={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {wan(f.before)} →
              </Typography.Text>
            }
          />
        ))}
      </Flex>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={r.deals}
        columns={[
          { key: 'name', title: t('simulate.signals.deal'), dataIndex: 'name' },
          { key: 'owner', title: t('simulate.signals.owner'), render: (_, d) => d.ownerName ?? '—' },
          {
            key: 'amount',
            title: t('simulate.signals.amount'),
            render: (_, d) => `${wan(d.amount)} ${t('value.wan')}`,
          },
          {
            key: 'score',
            title: t('simulate.signals.score'),
            render: (_, d) => `${d.scoreBefore} → ${d.scoreAfter}`,
          },
          {
            key: 'prob',
            title: t('simulate.signals.probability'),
            render: (_, d) => `${pct(d.probabilityBefore)} → ${pct(d.probabilityAfter)}`,
          },
          {
            key: 'shift',
            title: t('simulate.signals.shift'),
            render: (_, d) => (
              <Typography.Text type={d.shift > 1e-9 ? 'success' : d.shift < -1e-9 ? 'danger' : 'secondary'}>
                {d.shift > 0 ? '+' : ''}
                {(d.shift * 100).toFixed(1)}
              </Typography.Text>
            ),
          },
        ]}
      />
    </Flex>
  );
}

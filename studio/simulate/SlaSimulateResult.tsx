import { Flex, Table, Typography } from 'antd';
import { useStudioT } from '../i18n';
import type { SlaClockOutcome, SlaSimulation } from './sla';

const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`;

function Delta({ before, after }: { before: number | undefined; after: number }) {
  if (before === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  const d = after - before;
  // more breaches is worse: red; fewer: green
  return (
    <Typography.Text type={d > 0 ? 'danger' : d < 0 ? 'success' : 'secondary'}>
      {d > 0 ? `+${d}` : d}
    </Typography.Text>
  );
}

/** Per clock: runs started, met, breached (published → draft), breach rate, pending. */
export function SlaSimulateResult({ result: r }: { result: SlaSimulation }) {
  const { t, text } = useStudioT();
  const rows = r.clocks.map((c) => ({
    key: c.id,
    label: c.label ? text(c.label) : c.id,
    before: c.before,
    after: c.after,
  }));
  const cell = (o: SlaClockOutcome | null, k: 'met' | 'breached' | 'started' | 'pending') => (o ? o[k] : '—');
  return (
    <Flex vertical gap={8} data-testid="sla-sim-result">
      <Typography.Text>
        {t('simulate.sla.summary', {
          evaluated: r.evaluated,
          days: r.window.days,
          ms: r.ms.total,
          version: r.publishedVersion ?? '—',
        })}
      </Typography.Text>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'label', title: t('simulate.sla.clock'), dataIndex: 'label' },
          { key: 'started', title: t('simulate.sla.started'), render: (_, x) => cell(x.after, 'started') },
          { key: 'metBefore', title: t('simulate.sla.metBefore'), render: (_, x) => cell(x.before, 'met') },
          { key: 'met', title: t('simulate.sla.met'), render: (_, x) => x.after.met },
          {
            key: 'breachedBefore',
            title: t('simulate.sla.breachedBefore'),
            render: (_, x) => cell(x.before, 'breached'),
          },
          {
            key: 'breached',
            title: t('simulate.sla.breached'),
            render: (_, x) => (
              <Typography.Text strong type={x.after.breached ? 'danger' : undefined}>
                {x.after.breached}
              </Typography.Text>
            ),
          },
          {
            key: 'delta',
            title: t('simulate.delta'),
            render: (_, x) => <Delta before={x.before?.breached} after={x.after.breached} />,
          },
          {
            key: 'rate',
            title: t('simulate.sla.rate'),
            render: (_, x) => `${pct(x.before?.breachRate)} → ${pct(x.after.breachRate)}`,
          },
          { key: 'pending', title: t('simulate.sla.pending'), render: (_, x) => x.after.pending },
        ]}
      />
    </Flex>
  );
}

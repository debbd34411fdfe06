import { Flex, Table, Tag, Typography } from 'antd';
import type { SimulationResult } from '../api';
import { useStudioT } from '../i18n';

const CLASSES = ['A', 'B', 'C', 'D'] as const;
const COLORS = { A: '#f5222d', B: '#fa8c16', C: '#1677ff', D: '#8c8c8c' } as const;

/** Before/after class distribution as paired bars, with counts and deltas. */
function Distribution({ r }: { r: SimulationResult }) {
  const { t } = useStudioT();
  const max = Math.max(1, ...CLASSES.flatMap((c) => [r.before[c], r.after[c]]));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="cls"
      data-testid="sim-distribution"
      dataSource={CLASSES.map((cls) => ({ cls, before: r.before[cls], after: r.after[cls] }))}
      columns={[
        {
          key: 'cls',
          title: t('simulate.class'),
          render: (_, x) => <Tag color={COLORS[x.cls]}>{x.cls}</Tag>,
          width: 70,
        },
        { key: 'before', title: t('simulate.before'), dataIndex: 'before', width: 90 },
        { key: 'after', title: t('simulate.after'), dataIndex: 'after', width: 90 },
        {
          key: 'delta',
          title: t('simulate.delta'),
          width: 80,
          render: (_, x) => {
            const d = x.after - x.before;
            return (
              <Typography.Text type={d > 0 ? 'success' : d < 0 ? 'danger' : 'secondary'}>
                {d > 0 ? `+${d}` : d}
              </Typography.Text>
            );
          },
        },
        {
          key: 'bar',
          title: t('simulate.chart'),
          render: (_, x) => (
            <Flex vertical gap={2} aria-hidden>
              <div
                style={{
                  height: 8,
                  width: `${(x.before / max) * 100}%`,
                  background: '#d9d9d9',
                  borderRadius: 2,
                }}
              />
              <div
                style={{
                  height: 8,
                  width: `${(x.after / max) * 100}%`,
                  background: COLORS[x.cls],
                  borderRadius: 2,
                }}
              />
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** What a simulation found: distribution, the leads whose class changes and why, per-rep load. */
export function SimulateResult({
  result: r,
  ruleLabel,
}: {
  result: SimulationResult;
  ruleLabel: (id: string) => string;
}) {
  const { t } = useStudioT();
  const total = r.changedTotal ?? r.changed.length;
  return (
    <Flex vertical gap={12}>
      <Typography.Text data-testid="sim-summary">
        {t('simulate.summary', { evaluated: r.evaluated, changed: total })}
      </Typography.Text>
      {r.kind === 'grading-rules' && <Distribution r={r} />}
      {r.load && (
        <Table
          size="small"
          pagination={false}
          rowKey={(l) => l.ownerId ?? 'none'}
          dataSource={r.load}
          columns={[
            { key: 'rep', title: t('simulate.rep'), render: (_, l) => l.name ?? t('simulate.unassigned') },
            { key: 'before', title: t('simulate.loadBefore'), dataIndex: 'before' },
            { key: 'after', title: t('simulate.loadAfter'), dataIndex: 'after' },
          ]}
        />
      )}
      {r.kind === 'grading-rules' && (
        <Table
          size="small"
          rowKey="leadId"
          data-testid="sim-changed"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          dataSource={r.changed}
          locale={{ emptyText: t('simulate.noChanges') }}
          columns={[
            {
              key: 'lead',
              title: t('simulate.lead'),
              render: (_, c) => <Typography.Text code>{c.leadId.slice(0, 8)}</Typography.Text>,
            },
            {
              key: 'shift',
              title: t('simulate.shift'),
              render: (_, c) => (
                <span>
                  <Tag color={COLORS[c.from]}>{c.from}</Tag>→<Tag color={COLORS[c.to]}>{c.to}</Tag>
                  <Typography.Text type="secondary">
                    {c.scoreFrom} → {c.scoreTo}
                  </Typography.Text>
                </span>
              ),
            },
            {
              key: 'why',
              title: t('simulate.why'),
              render: (_, c) => (
                <Flex wrap gap={4}>
                  {c.rulesFired?.added.map((id) => (
                    <Tag key={`+${id}`} color="green">
                      + {ruleLabel(id)}
                    </Tag>
                  ))}
                  {c.rulesFired?.removed.map((id) => (
                    <Tag key={`-${id}`} color="red">
                      − {ruleLabel(id)}
                    </Tag>
                  ))}
                  {!c.rulesFired?.added.length && !c.rulesFired?.removed.length && (
                    <Typography.Text type="secondary">{t('simulate.thresholdsOnly')}</Typography.Text>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      )}
      {r.kind === 'assignment-policy' && (
        <Typography.Text type="secondary">{t('simulate.reassigned', { count: total })}</Typography.Text>
      )}
    </Flex>
  );
}

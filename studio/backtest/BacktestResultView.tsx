// The backtest's figures (F7): forecast error and Brier score of the signal method against the
// stage-percentage baseline, per quarter, and the calibration table of the signal method.
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { useStudioT } from '../i18n';
import type { BacktestPeriod, BacktestResult, MethodSummary } from './api';

const pct = (x: number | null | undefined) =>
  x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`;

function MethodCard({ title, m }: { title: string; m: MethodSummary }) {
  const { t } = useStudioT();
  return (
    <Card size="small" title={title}>
      <Row gutter={12}>
        <Col span={12}>
          <Statistic title={t('backtest.meanError')} value={pct(m.meanError)} />
        </Col>
        <Col span={12}>
          <Statistic title={t('backtest.brier')} value={m.brier.toFixed(3)} />
        </Col>
      </Row>
      <Typography.Text type="secondary">
        {t('backtest.avgVsActual', { predicted: pct(m.avgPredicted), actual: pct(m.actualRate), n: m.pairs })}
      </Typography.Text>
    </Card>
  );
}

export function BacktestResultView({ result }: { result: BacktestResult }) {
  const { t } = useStudioT();
  return (
    <div data-testid="backtest-result">
      <Typography.Paragraph type="secondary">
        {t('backtest.scope', {
          deals: result.deals,
          closed: result.closed,
          imported: result.imported,
          from: result.from.slice(0, 10),
          to: result.to.slice(0, 10),
        })}
      </Typography.Paragraph>
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <MethodCard title={t('backtest.signal')} m={result.methods.signal} />
        </Col>
        <Col xs={24} md={12}>
          <MethodCard title={t('backtest.stage')} m={result.methods.stage} />
        </Col>
      </Row>
      <Card size="small" title={t('backtest.periods')} style={{ marginTop: 12 }}>
        <Table<BacktestPeriod>
          size="small"
          rowKey="period"
          pagination={false}
          dataSource={result.periods}
          columns={[
            { key: 'p', title: t('backtest.period'), dataIndex: 'period' },
            {
              key: 'a',
              title: t('backtest.actual'),
              align: 'right',
              render: (_, p) => `${(p.actual / 10_000).toFixed(0)}万`,
            },
            { key: 's', title: t('backtest.signal'), align: 'right', render: (_, p) => pct(p.meanError) },
            { key: 'b', title: t('backtest.stage'), align: 'right', render: (_, p) => pct(p.stageMeanError) },
            {
              key: 'w',
              title: t('backtest.fromWeek3'),
              align: 'right',
              render: (_, p) => pct(p.maxErrorFromWeek3),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('backtest.calibration')} style={{ marginTop: 12 }}>
        <Table
          size="small"
          rowKey={(r) => r.bin.join('-')}
          pagination={false}
          dataSource={result.methods.signal.calibration.filter((r) => r.n > 0)}
          columns={[
            { key: 'bin', title: t('backtest.bin'), render: (_, r) => `${pct(r.bin[0])}–${pct(r.bin[1])}` },
            {
              key: 'p',
              title: t('backtest.predicted'),
              align: 'right',
              render: (_, r) => pct(r.meanPredicted),
            },
            {
              key: 'a',
              title: t('backtest.actualRate'),
              align: 'right',
              render: (_, r) => pct(r.actualRate),
            },
            { key: 'n', title: 'n', dataIndex: 'n', align: 'right' },
          ]}
        />
      </Card>
    </div>
  );
}

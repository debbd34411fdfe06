// The result of an on-demand calibration (F5): per deal the probability given at its last scored
// point (fitted only on deals closed before it) against the outcome, with the Brier score.
import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalibrationRunView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { Sparkline } from './Sparkline';
import { money, percent } from './format';

type Deal = CalibrationRunView['deals'][number];

export function CalibrationRunResult({ result }: { result: CalibrationRunView }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  return (
    <div data-testid="calibration-result">
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('calibration.brier', { value: result.brier === null ? '—' : result.brier.toFixed(3) })}
        description={t('calibration.meanVsActual', {
          predicted: percent(result.meanPredicted),
          actual: percent(result.actualRate),
        })}
      />
      <Table<Deal>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={result.deals}
        columns={[
          { key: 'name', title: t('forecast.col.name'), dataIndex: 'name' },
          {
            key: 'amount',
            title: t('forecast.col.amount'),
            align: 'right',
            render: (_, d) => money(d.amount, lang),
          },
          {
            key: 'points',
            title: t('calibration.points', { n: '' }).trim(),
            render: (_, d) => (
              <Sparkline points={d.points.map((p) => p.probability * 100)} width={120} height={28} />
            ),
          },
          {
            key: 'p',
            title: t('calibration.predicted'),
            align: 'right',
            render: (_, d) => percent(d.predicted),
          },
          {
            key: 'o',
            title: t('calibration.actual'),
            render: (_, d) => (
              <Tag color={d.outcome === 'won' ? 'success' : 'default'}>
                {t(`calibration.outcome.${d.outcome}`)}
              </Tag>
            ),
          },
          {
            key: 'e',
            title: t('calibration.error'),
            align: 'right',
            render: (_, d) => (d.error === null ? '—' : d.error.toFixed(2)),
          },
        ]}
      />
    </div>
  );
}

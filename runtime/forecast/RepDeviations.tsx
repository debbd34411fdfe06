// Each rep's month forecast per snapshot week against what they actually won (F5).
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalibrationView, RepWeekView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { money, percent } from './format';

type Row = RepWeekView & { key: string; rep: string };

export function RepDeviations({ reps, threshold }: { reps: CalibrationView['reps']; threshold: number }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  const rows: Row[] = reps.flatMap((r) =>
    [...r.weeks].reverse().map((w) => ({ ...w, key: `${r.repId}-${w.week}`, rep: r.name })),
  );
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      locale={{ emptyText: t('calibration.noData') }}
      columns={[
        {
          key: 'rep',
          title: t('forecast.col.owner'),
          dataIndex: 'rep',
          filters: reps.map((r) => ({ text: r.name, value: r.name })),
          onFilter: (v, r) => r.rep === v,
        },
        { key: 'week', title: t('calibration.week'), dataIndex: 'week' },
        {
          key: 'f',
          title: t('calibration.forecast'),
          align: 'right',
          render: (_, r) => money(r.forecast, lang),
        },
        {
          key: 'a',
          title: t('calibration.actualWon'),
          align: 'right',
          render: (_, r) => (r.actual === null ? '—' : money(r.actual, lang)),
        },
        {
          key: 'd',
          title: t('calibration.deviation'),
          align: 'right',
          render: (_, r) =>
            r.deviation === null ? (
              <Typography.Text type="secondary">{t('calibration.pending')}</Typography.Text>
            ) : (
              <Tag color={r.deviation > threshold ? 'error' : 'success'}>{percent(r.deviation)}</Tag>
            ),
        },
      ]}
    />
  );
}

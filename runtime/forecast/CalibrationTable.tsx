// The calibration table beside the chart: per predicted band, mean prediction, actual rate, n.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalibrationRowView } from '../api/forecast';
import { percent } from './format';

export function CalibrationTable({ rows }: { rows: CalibrationRowView[] }) {
  const { t } = useTranslation();
  return (
    <Table<CalibrationRowView>
      size="small"
      pagination={false}
      rowKey={(r) => r.bin.join('-')}
      dataSource={rows}
      locale={{ emptyText: t('calibration.noData') }}
      columns={[
        {
          key: 'bin',
          title: t('forecast.col.band'),
          render: (_, r) => `${percent(r.bin[0])}–${percent(r.bin[1])}`,
        },
        {
          key: 'p',
          title: t('calibration.predicted'),
          align: 'right',
          render: (_, r) => percent(r.meanPredicted, 1),
        },
        {
          key: 'a',
          title: t('calibration.actual'),
          align: 'right',
          render: (_, r) => percent(r.actualRate, 1),
        },
        { key: 'n', title: 'n', dataIndex: 'n', align: 'right' },
      ]}
    />
  );
}

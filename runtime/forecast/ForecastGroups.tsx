// The forecast per team and per rep (F4): won so far, weighted pipeline, total.
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ForecastView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { money } from './format';

type Row = {
  key: string;
  name: string;
  team?: string | null;
  wonSoFar: number;
  pipeline: number;
  deals: number;
  total: number;
};

export function ForecastGroups({ data, by }: { data: ForecastView; by: 'team' | 'owner' }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  const rows: Row[] =
    by === 'team'
      ? data.byTeam.map((g) => ({ ...g, key: g.teamId ?? '-', name: g.name ?? '—' }))
      : data.byOwner.map((g) => ({ ...g, key: g.ownerId, team: g.teamName }));
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          key: 'name',
          title: t(by === 'team' ? 'forecast.col.team' : 'forecast.col.owner'),
          dataIndex: 'name',
        },
        ...(by === 'owner' ? [{ key: 'team', title: t('forecast.col.team'), dataIndex: 'team' }] : []),
        { key: 'deals', title: t('forecast.dealsCount'), dataIndex: 'deals', align: 'right' as const },
        {
          key: 'won',
          title: t('forecast.wonSoFar'),
          align: 'right' as const,
          render: (_: unknown, r: Row) => money(r.wonSoFar, lang),
        },
        {
          key: 'pipe',
          title: t('forecast.pipeline'),
          align: 'right' as const,
          render: (_: unknown, r: Row) => money(r.pipeline, lang),
        },
        {
          key: 'total',
          title: t('forecast.col.total'),
          align: 'right' as const,
          render: (_: unknown, r: Row) => <strong>{money(r.total, lang)}</strong>,
        },
      ]}
    />
  );
}

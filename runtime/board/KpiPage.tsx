import { lazy, Suspense, useState } from 'react';
import { Alert, Card, DatePicker, Flex, Segmented, Skeleton, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useKpis } from '../api/board';
import { isApiError } from '../api/client';
import { KpiTable } from './KpiTable';
import { periodOf, type PeriodKind } from './kpiFormat';

const KpiChart = lazy(() => import('./KpiChart'));

/** `/kpis`: process KPIs per rep and period (L9) with each component's raw value and weight. */
export function KpiPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PeriodKind>('month');
  const [day, setDay] = useState<Dayjs>(() => dayjs());
  const period = periodOf(kind, day.year(), day.month() + 1, day.date());
  const kpis = useKpis(period);
  const items = kpis.data?.items ?? [];
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('kpi.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('kpi.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Segmented<PeriodKind>
          aria-label={t('kpi.periodKind')}
          value={kind}
          onChange={setKind}
          options={(['month', 'quarter', 'week'] as const).map((k) => ({
            value: k,
            label: t(`kpi.kinds.${k}`),
          }))}
        />
        <DatePicker
          picker={kind}
          allowClear={false}
          aria-label={t('kpi.period')}
          value={day}
          onChange={(d) => d && setDay(d)}
        />
        <Typography.Text type="secondary" data-testid="kpi-period">
          {period}
        </Typography.Text>
      </Flex>
      {kpis.isError ? (
        <Alert
          type={isApiError(kpis.error, 404) ? 'info' : 'error'}
          showIcon
          title={isApiError(kpis.error, 404) ? t('kpi.noScheme') : t('kpi.loadError')}
          description={isApiError(kpis.error, 404) ? undefined : kpis.error.message}
        />
      ) : (
        <>
          {items.length > 0 && (
            <Card size="small" title={t('kpi.chart')} style={{ marginBottom: 16 }}>
              <Suspense fallback={<Skeleton active />}>
                <KpiChart items={items} />
              </Suspense>
            </Card>
          )}
          <KpiTable items={items} loading={kpis.isFetching} />
        </>
      )}
    </>
  );
}

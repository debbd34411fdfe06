// The forecast of one period, presented (F4): headline numbers, what they rest on (chart and
// sentences), per team and rep, and the deals with their evidence.
import { Card, Col, Row, Skeleton, Tabs, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForecastDealView, ForecastView } from '../api/forecast';
import { CompositionList } from './CompositionList';
import { ForecastDealsTable } from './ForecastDealsTable';
import { ForecastGroups } from './ForecastGroups';
import { ForecastSummary } from './ForecastSummary';

const CompositionChart = lazy(() => import('./CompositionChart'));

export interface ForecastDashboardProps {
  data: ForecastView;
  loading?: boolean;
  expandDeal?: (deal: ForecastDealView) => ReactNode;
}

export function ForecastDashboard({ data, loading, expandDeal }: ForecastDashboardProps) {
  const { t } = useTranslation();
  return (
    <>
      <ForecastSummary data={data} />
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('forecast.composition')}>
            <Suspense fallback={<Skeleton active />}>
              <CompositionChart parts={data.composition} />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card
            size="small"
            title={t('forecast.restsOn')}
            extra={
              <Typography.Text type="secondary">
                {t('forecast.model', { version: data.model.version })}
              </Typography.Text>
            }
          >
            <CompositionList parts={data.composition} health={data.health} />
          </Card>
        </Col>
      </Row>
      <Card size="small" style={{ marginTop: 12 }}>
        <Tabs
          items={[
            {
              key: 'deals',
              label: t('forecast.deals'),
              children: <ForecastDealsTable deals={data.deals} loading={loading} expand={expandDeal} />,
            },
            {
              key: 'owner',
              label: t('forecast.byOwner'),
              children: <ForecastGroups data={data} by="owner" />,
            },
            { key: 'team', label: t('forecast.byTeam'), children: <ForecastGroups data={data} by="team" /> },
          ]}
        />
      </Card>
    </>
  );
}

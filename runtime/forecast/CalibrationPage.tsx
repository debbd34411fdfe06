// `/calibration` (F5): predicted vs actual by band per team, rep deviation history, improvement
// tasks, and the on-demand calibration over chosen closed deals.
import { Alert, App, Card, Col, Row, Skeleton, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCalibration, useCloseCalibrationTask } from '../api/forecast';
import { can } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { CalibrationRunCard } from './CalibrationRunCard';
import { CalibrationTable } from './CalibrationTable';
import { CalibrationTasks } from './CalibrationTasks';
import { percent } from './format';
import { RepDeviations } from './RepDeviations';

const CalibrationChart = lazy(() => import('./CalibrationChart'));

export function CalibrationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const cal = useCalibration();
  const close = useCloseCalibrationTask();
  const data = cal.data;
  const threshold = data?.policy?.deviationThreshold ?? 0.15;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('calibration.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('calibration.intro', {
          weeks: data?.policy?.consecutiveWeeks ?? 2,
          threshold: percent(threshold),
        })}
      </Typography.Paragraph>
      {can(session, 'forecast:manage') && (
        <Typography.Paragraph>
          <Link to="/studio/backtest">{t('calibration.backtestLink')}</Link>
        </Typography.Paragraph>
      )}
      <CalibrationRunCard canRun={can(session, 'forecast:manage')} />
      {cal.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('calibration.loadError')}
          description={cal.error.message}
          style={{ marginTop: 12 }}
        />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={14}>
              <Card
                size="small"
                title={t('calibration.chart')}
                extra={
                  <Typography.Text type="secondary">
                    {t('calibration.samples', { n: data.overall.n })}
                  </Typography.Text>
                }
              >
                <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                  {t('calibration.chartHint')}
                </Typography.Paragraph>
                <Suspense fallback={<Skeleton active />}>
                  <CalibrationChart
                    series={[
                      { name: t('calibration.overall'), rows: data.overall.rows },
                      ...data.teams.map((tm) => ({ name: tm.name ?? t('calibration.team'), rows: tm.rows })),
                    ]}
                  />
                </Suspense>
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('calibration.overall')}>
                <CalibrationTable rows={data.overall.rows} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
            <Col xs={24} lg={14}>
              <Card size="small" title={t('calibration.reps')}>
                <RepDeviations reps={data.reps} threshold={threshold} />
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card size="small" title={t('calibration.tasks')}>
                <CalibrationTasks
                  tasks={data.tasks}
                  busy={close.isPending}
                  onDone={(id) => close.mutate(id, { onError: (e) => void message.error(e.message) })}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </>
  );
}

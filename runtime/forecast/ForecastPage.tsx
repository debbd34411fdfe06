// `/forecast` (F4): period picker, team and rep filters, and the forecast dashboard; each deal
// expands into its signals panel.
import { Alert, Flex, Select, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { useForecast } from '../api/forecast';
import { ForecastDashboard } from './ForecastDashboard';
import { periodChoices, quarterOf } from './periods';
import { SignalsPanel } from './SignalsPanel';

export function ForecastPage() {
  const { t } = useTranslation();
  const today = useMemo(() => new Date(), []);
  const [period, setPeriod] = useState(() => quarterOf(today));
  const [team, setTeam] = useState<string | undefined>();
  const [owner, setOwner] = useState<string | undefined>();
  const forecast = useForecast({ period, team, owner });
  const data = forecast.data;
  const teams = data?.byTeam.filter((g) => g.teamId) ?? [];
  const owners = data?.byOwner ?? [];

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('forecast.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('forecast.intro')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('forecast.period')}
          value={period}
          onChange={setPeriod}
          style={{ width: 140 }}
          options={periodChoices(today).map((p) => ({ value: p, label: p }))}
          data-testid="forecast-period"
        />
        {(teams.length > 1 || team) && (
          <Select
            aria-label={t('forecast.team')}
            allowClear
            placeholder={t('forecast.allTeams')}
            value={team}
            onChange={(v) => {
              setTeam(v);
              setOwner(undefined);
            }}
            style={{ width: 180 }}
            options={teams.map((g) => ({ value: g.teamId!, label: g.name }))}
          />
        )}
        {(owners.length > 1 || owner) && (
          <Select
            aria-label={t('forecast.owner')}
            allowClear
            placeholder={t('forecast.allOwners')}
            value={owner}
            onChange={setOwner}
            style={{ width: 160 }}
            options={owners.map((o) => ({ value: o.ownerId, label: o.name }))}
          />
        )}
      </Flex>
      {forecast.isError ? (
        <Alert
          type={isApiError(forecast.error, 404) ? 'info' : 'error'}
          showIcon
          title={isApiError(forecast.error, 404) ? t('forecast.noModel') : t('forecast.loadError')}
          description={isApiError(forecast.error, 404) ? undefined : forecast.error.message}
        />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <ForecastDashboard
          data={data}
          loading={forecast.isFetching}
          expandDeal={(d) => <SignalsPanel opportunityId={d.id} />}
        />
      )}
    </>
  );
}

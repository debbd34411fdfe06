// "Run the dynamic forecast calibration on 3 historical deals" (the customer's first trial step):
// pick closed deals, run, see predicted vs actual.
import { Alert, Button, Card, Flex, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClosedDeals, useRunCalibration } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { CalibrationRunResult } from './CalibrationRunResult';
import { money } from './format';

export function CalibrationRunCard({ canRun }: { canRun: boolean }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  const closed = useClosedDeals(canRun);
  const run = useRunCalibration();
  const [ids, setIds] = useState<string[]>([]);
  return (
    <Card size="small" title={t('calibration.run')} data-testid="calibration-run">
      <Typography.Paragraph type="secondary">{t('calibration.runIntro')}</Typography.Paragraph>
      {!canRun ? (
        <Alert type="info" showIcon title={t('calibration.needsManage')} />
      ) : (
        <>
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Select
              mode="multiple"
              aria-label={t('calibration.pick')}
              placeholder={t('calibration.pick')}
              style={{ minWidth: 360, flex: 1 }}
              loading={closed.isLoading}
              value={ids}
              onChange={setIds}
              maxCount={10}
              optionFilterProp="search"
              data-testid="calibration-pick"
              options={(closed.data?.deals ?? []).map((d) => ({
                value: d.id,
                search: `${d.name} ${d.customerName ?? ''} ${d.ownerName}`,
                label: (
                  <span>
                    <Tag color={d.outcome === 'won' ? 'success' : 'default'}>
                      {t(`calibration.outcome.${d.outcome}`)}
                    </Tag>
                    {d.name} · {money(d.amount, lang)} · {d.closedAt?.slice(0, 10)}
                  </span>
                ),
              }))}
            />
            <Button
              type="primary"
              disabled={!ids.length}
              loading={run.isPending}
              onClick={() => run.mutate(ids)}
            >
              {t('calibration.runButton')}
            </Button>
          </Flex>
          {run.isError && (
            <Alert type="error" showIcon title={t('calibration.runError')} description={run.error.message} />
          )}
          {run.data && <CalibrationRunResult result={run.data} />}
        </>
      )}
    </Card>
  );
}

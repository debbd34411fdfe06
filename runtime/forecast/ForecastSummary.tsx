// The headline numbers of a forecast: total, committed, best case and the terms of the sum (F4).
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ForecastView } from '../api/forecast';
import { useLocaleFormat } from '../i18n';
import { money } from './format';

export function ForecastSummary({ data }: { data: ForecastView }) {
  const { t } = useTranslation();
  const { lang } = useLocaleFormat();
  const items = [
    { key: 'total', value: data.total, strong: true },
    { key: 'committed', value: data.committed, hint: t('forecast.committedHint') },
    { key: 'bestCase', value: data.bestCase, hint: t('forecast.bestCaseHint') },
    { key: 'wonSoFar', value: data.wonSoFar },
    { key: 'pipeline', value: data.pipeline },
    { key: 'newBusiness', value: data.newBusiness, hint: t('forecast.newBusinessHint') },
  ];
  return (
    <Row gutter={[12, 12]}>
      {items.map((i) => (
        <Col key={i.key} xs={12} md={8} xl={4}>
          <Card size="small" data-testid={`forecast-${i.key}`}>
            <Tooltip title={i.hint}>
              <Statistic
                title={t(`forecast.${i.key}`)}
                value={money(i.value, lang)}
                styles={{ content: i.strong ? { color: '#1668dc', fontWeight: 600 } : {} }}
              />
            </Tooltip>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

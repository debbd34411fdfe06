// `/studio/backtest` (F7): replay the published signal model over the organisation's own deal
// history (all deals or imported ones) and compare it with the stage-percentage baseline.
import { Alert, Button, Card, DatePicker, Flex, Radio, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { can, useSession } from '../../runtime';
import { useStudioT } from '../i18n';
import { useBacktest } from './api';
import { BacktestResultView } from './BacktestResultView';

export function BacktestPage() {
  const { t } = useStudioT();
  const navigate = useNavigate();
  const session = useSession();
  const run = useBacktest();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [source, setSource] = useState<'all' | 'import'>('all');
  const allowed = can(session, 'forecast:manage');
  return (
    <Flex vertical gap={16}>
      <div>
        <Button
          type="link"
          icon={<ArrowLeftOutlined />}
          onClick={() => navigate('/studio')}
          style={{ paddingInline: 0 }}
        >
          {t('backtest.back')}
        </Button>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('backtest.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('backtest.intro')}</Typography.Paragraph>
      </div>
      {!allowed ? (
        <Alert type="info" showIcon title={t('backtest.needsManage')} />
      ) : (
        <Card size="small">
          <Flex gap={12} wrap align="center">
            <DatePicker.RangePicker
              aria-label={t('backtest.range')}
              value={range}
              onChange={(v) => setRange(v)}
            />
            <Radio.Group
              value={source}
              onChange={(e) => setSource(e.target.value as 'all' | 'import')}
              options={[
                { value: 'all', label: t('backtest.sourceAll') },
                { value: 'import', label: t('backtest.sourceImport') },
              ]}
            />
            <Button
              type="primary"
              loading={run.isPending}
              onClick={() =>
                run.mutate({
                  source,
                  ...(range?.[0] ? { from: range[0].format('YYYY-MM-DD') } : {}),
                  ...(range?.[1] ? { to: range[1].format('YYYY-MM-DD') } : {}),
                })
              }
            >
              {t('backtest.run')}
            </Button>
          </Flex>
        </Card>
      )}
      {run.isError && (
        <Alert type="error" showIcon title={t('backtest.error')} description={run.error.message} />
      )}
      {run.data && <BacktestResultView result={run.data} />}
    </Flex>
  );
}

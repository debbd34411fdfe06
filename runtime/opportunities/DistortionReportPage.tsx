import { useState } from 'react';
import { Alert, Button, DatePicker, Flex, Skeleton, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useDistortionReport } from '../api/opportunities';
import { DistortionReport } from './DistortionReport';
import { PRINT_CSS } from './printCss';

/** `/reports/requirement-distortion`: the monthly joint review (C6), printable. */
export function DistortionReportPage({ initialMonth }: { initialMonth?: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState<Dayjs>(() => (initialMonth ? dayjs(`${initialMonth}-01`) : dayjs()));
  const key = month.format('YYYY-MM');
  const report = useDistortionReport(key);
  return (
    <div className="joint-review-report">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('opp.report.title', { month: key })}
        </Typography.Title>
        <Flex gap={8} className="no-print">
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('opp.report.month')}
            value={month}
            onChange={(d) => d && setMonth(d)}
          />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('opp.report.print')}
          </Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" className="no-print">
        {t('opp.report.intro')}
      </Typography.Paragraph>
      {report.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : report.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('opp.report.loadError')}
          description={report.error.message}
          action={<Button onClick={() => void report.refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <DistortionReport report={report.data} />
      )}
    </div>
  );
}

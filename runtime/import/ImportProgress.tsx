import { Alert, Button, Card, Col, Flex, Progress, Row, Statistic, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { rejectionsUrl } from '../api/imports';
import type { Job } from '../api/lifecycle-types';

const STATE_COLORS: Record<Job['state'], string> = {
  queued: 'default',
  running: 'processing',
  done: 'success',
  failed: 'error',
};

/** A running or finished import: progress, accepted and rejected counts, the rejections report. */
export function ImportProgress({ job }: { job: Job }) {
  const { t } = useTranslation();
  const percent = job.total ? Math.floor((job.processed / job.total) * 100) : job.state === 'done' ? 100 : 0;
  const finished = job.state === 'done' || job.state === 'failed';
  return (
    <Card size="small" data-testid="import-progress" data-state={job.state}>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <span>
          {job.fileName && <strong style={{ marginInlineEnd: 8 }}>{job.fileName}</strong>}
          <Tag color={STATE_COLORS[job.state]}>{t(`import.states.${job.state}`)}</Tag>
        </span>
        {job.rejected > 0 && (
          <Button icon={<DownloadOutlined />} href={rejectionsUrl(job.id)} download>
            {t('import.rejections')}
          </Button>
        )}
      </Flex>
      <Progress
        percent={percent}
        status={job.state === 'failed' ? 'exception' : finished ? 'success' : 'active'}
        aria-label={t('import.progress')}
      />
      <Row gutter={16} style={{ marginTop: 8 }}>
        <Col xs={8}>
          <Statistic title={t('import.total')} value={job.total} />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('import.accepted')}
            value={job.accepted}
            styles={{ content: { color: '#389e0d' } }}
          />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('import.rejected')}
            value={job.rejected}
            styles={{ content: { color: job.rejected ? '#cf1322' : undefined } }}
          />
        </Col>
      </Row>
      {job.state === 'failed' && job.error && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('import.failed')}
          description={job.error}
        />
      )}
    </Card>
  );
}

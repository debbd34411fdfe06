import { useState } from 'react';
import { Alert, Button, Card, Flex, Steps, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useJob, usePreviewImport, useStartImport } from '../api/imports';
import { isApiError } from '../api/client';
import type { ColumnMapping, ImportPreview } from '../api/lifecycle-types';
import { seesOthersLeads } from '../auth/permissions';
import { useSession } from '../auth/SessionContext';
import { fieldMessage } from '../common/fieldErrors';
import { ImportedLeads } from './ImportedLeads';
import { ImportProgress } from './ImportProgress';
import { MappingEditor } from './MappingEditor';
import { activeMapping } from './mappingCheck';

const TEMPLATE_HEADERS = '姓名,职务,公司名称,手机号码,邮箱,行业,省份,城市,注册资本(万元),来源渠道,活动,备注';
const TEMPLATE_URL = `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + TEMPLATE_HEADERS + '\r\n')}`;

/** `/leads/import`: upload a CSV/Excel file, check the column mapping, watch the import and the assignments. */
export function ImportPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const previewing = usePreviewImport();
  const starting = useStartImport();
  const job = useJob(jobId);
  const listPath = seesOthersLeads(session) ? '/leads' : '/workbench';

  const errorText = (e: unknown) =>
    isApiError(e) ? e.errors.map((x) => fieldMessage(t, x.message)).join('；') : String(e);

  const choose = (f: File) => {
    setFile(f);
    setPreview(null);
    previewing.mutate(f, {
      onSuccess: (p) => {
        setPreview(p);
        setMapping(Object.fromEntries(p.headers.map((h) => [h, p.mapping[h] ?? ''])));
      },
    });
  };

  const start = () => {
    if (!file) return;
    starting.mutate(
      { file, mapping: activeMapping(mapping) },
      { onSuccess: (r) => setParams({ job: r.jobId }, { replace: false }) },
    );
  };

  const restart = () => {
    setFile(null);
    setPreview(null);
    previewing.reset();
    starting.reset();
    setParams({});
  };

  const step = jobId ? 2 : preview ? 1 : 0;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('import.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          { title: t('import.steps.upload') },
          { title: t('import.steps.mapping') },
          { title: t('import.steps.run') },
        ]}
      />
      {step === 0 && (
        <Card>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            disabled={previewing.isPending}
            beforeUpload={(f) => {
              choose(f);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {previewing.isPending ? t('import.reading', { name: file?.name ?? '' }) : t('import.drop')}
            </p>
            <p className="ant-upload-hint">{t('import.hint')}</p>
          </Upload.Dragger>
          {previewing.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              style={{ marginTop: 12 }}
              title={t('import.previewFailed')}
              description={errorText(previewing.error)}
            />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            <a href={TEMPLATE_URL} download={t('import.templateName')}>
              {t('import.template')}
            </a>
          </Typography.Paragraph>
        </Card>
      )}
      {step === 1 && preview && (
        <Card
          title={t('import.mapping.title', { name: preview.fileName })}
          extra={<Button onClick={restart}>{t('import.another')}</Button>}
        >
          <MappingEditor
            headers={preview.headers}
            mapping={mapping}
            suggested={preview.suggestedMapping}
            fields={preview.fields}
            sampleRows={preview.sampleRows}
            previewed={preview.mapping}
            onChange={setMapping}
          />
          {starting.isError && (
            <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(starting.error)} />
          )}
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Button
              type="primary"
              size="large"
              loading={starting.isPending}
              disabled={!Object.keys(activeMapping(mapping)).length}
              onClick={start}
            >
              {t('import.start')}
            </Button>
          </Flex>
        </Card>
      )}
      {step === 2 && (
        <Flex vertical gap={16}>
          {job.data ? (
            <ImportProgress job={job.data} />
          ) : job.isError ? (
            <Alert type="error" showIcon title={errorText(job.error)} />
          ) : (
            <Card loading />
          )}
          {job.data?.state === 'done' && <ImportedLeads job={job.data} listPath={listPath} />}
          <div>
            <Button onClick={restart}>{t('import.another')}</Button>
          </div>
        </Flex>
      )}
    </>
  );
}

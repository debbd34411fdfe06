import { useState } from 'react';
import { Alert, Button, Card, Form, InputNumber, Select, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { fieldsOf } from '../../schemas';
import { useStudioT } from '../i18n';
import { csvHeader } from './api';
import { KNOWN_LEAKY_COLUMNS, type SuggestRequest } from './types';

const LEAD_FIELDS = fieldsOf('lead').filter(
  (f) => !['grade.class', 'grade.score', 'ownerId', 'status'].includes(f.path),
);

/** Step 1: the historical leads file, the outcome column, leaky columns to leave out, optional mapping. */
export function ScorecardForm({
  busy,
  fieldErrors,
  onSubmit,
}: {
  busy: boolean;
  fieldErrors: Record<string, string>;
  onSubmit: (req: SuggestRequest) => void;
}) {
  const { t, text } = useStudioT();
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [target, setTarget] = useState<string>();
  const [exclude, setExclude] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [maxConditions, setMaxConditions] = useState(15);
  const [readError, setReadError] = useState(false);

  const pick = async (f: File) => {
    setReadError(false);
    try {
      const cols = await csvHeader(f);
      if (cols.length < 2) throw new Error('no header');
      setFile(f);
      setColumns(cols);
      setTarget(cols.find((c) => /^(converted|won|成交|转化)$/i.test(c)));
      setExclude(cols.filter((c) => KNOWN_LEAKY_COLUMNS.includes(c)));
      setMapping({});
    } catch {
      setReadError(true);
    }
    return false; // keep the file in the browser until "fit"
  };

  const features = columns.filter((c) => c !== target && !exclude.includes(c));
  const status = (key: string) => (fieldErrors[key] ? ('error' as const) : undefined);

  return (
    <Card title={t('scorecard.form.title')} size="small">
      <Form
        layout="vertical"
        onFinish={() => file && target && onSubmit({ file, target, exclude, mapping, maxConditions })}
      >
        <Form.Item
          label={t('scorecard.form.file')}
          validateStatus={readError || fieldErrors['/file'] ? 'error' : undefined}
          help={readError ? t('scorecard.form.fileUnreadable') : fieldErrors['/file']}
          extra={t('scorecard.form.fileHint')}
        >
          <Upload.Dragger
            accept=".csv,text/csv"
            maxCount={1}
            beforeUpload={pick}
            onRemove={() => {
              setFile(null);
              setColumns([]);
            }}
            fileList={file ? [{ uid: 'csv', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('scorecard.form.drop')}</p>
          </Upload.Dragger>
        </Form.Item>
        {columns.length > 0 && (
          <>
            <Form.Item
              label={t('scorecard.form.target')}
              required
              validateStatus={status('/target')}
              help={fieldErrors['/target']}
            >
              <Select
                showSearch
                value={target}
                onChange={setTarget}
                placeholder={t('scorecard.form.targetPlaceholder')}
                options={columns.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
            <Form.Item
              label={t('scorecard.form.exclude')}
              extra={t('scorecard.form.excludeHint')}
              validateStatus={status('/exclude')}
              help={fieldErrors['/exclude']}
            >
              <Select
                mode="multiple"
                allowClear
                value={exclude}
                onChange={setExclude}
                options={columns.filter((c) => c !== target).map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
            <Form.Item
              label={t('scorecard.form.maxConditions')}
              validateStatus={status('/maxConditions')}
              help={fieldErrors['/maxConditions']}
            >
              <InputNumber
                min={1}
                max={30}
                value={maxConditions}
                onChange={(v) => setMaxConditions(v ?? 15)}
              />
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('scorecard.form.mappingHint')}</Typography.Paragraph>
            <Table
              size="small"
              rowKey="column"
              pagination={false}
              scroll={{ y: 280 }}
              dataSource={features.map((column) => ({ column }))}
              columns={[
                { title: t('scorecard.form.column'), dataIndex: 'column' },
                {
                  title: t('scorecard.form.leadField'),
                  render: (_, { column }) => (
                    <Select
                      allowClear
                      showSearch
                      optionFilterProp="label"
                      style={{ width: '100%' }}
                      status={fieldErrors[`/mapping/${column}`] ? 'error' : undefined}
                      aria-label={t('scorecard.form.leadFieldFor', { column })}
                      placeholder={t('scorecard.form.unmapped')}
                      value={mapping[column]}
                      onChange={(v?: string) =>
                        setMapping((m) => {
                          const next = { ...m };
                          if (v) next[column] = v;
                          else delete next[column];
                          return next;
                        })
                      }
                      options={LEAD_FIELDS.map((f) => ({
                        value: f.path,
                        label: `${text(f.label)} (${f.path})`,
                      }))}
                    />
                  ),
                },
              ]}
            />
            {Object.keys(fieldErrors).some((k) => k.startsWith('/mapping')) && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 8 }}
                message={Object.entries(fieldErrors)
                  .filter(([k]) => k.startsWith('/mapping'))
                  .map(([, v]) => v)
                  .join('; ')}
              />
            )}
          </>
        )}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          disabled={!file || !target}
          style={{ marginTop: 16 }}
        >
          {t('scorecard.form.fit')}
        </Button>
      </Form>
    </Card>
  );
}

import { useMemo } from 'react';
import { Alert, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportFieldInfo, ImportSampleRow } from '../api/lifecycle-types';
import { fieldMessage } from '../common/fieldErrors';
import { useLocaleFormat } from '../i18n';
import { checkSampleRows, mappingWarnings } from './mappingCheck';

export interface MappingEditorProps {
  headers: string[];
  mapping: ColumnMapping;
  suggested: ColumnMapping;
  fields: ImportFieldInfo[];
  sampleRows: ImportSampleRow[];
  /** The mapping the server checked the sample rows with (its verdict is used if ajv cannot run here). */
  previewed?: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** Each file column with sample values and the lead field it fills (editable), plus a live check of the sample rows. */
export function MappingEditor({
  headers,
  mapping,
  suggested,
  fields,
  sampleRows,
  previewed,
  onChange,
}: MappingEditorProps) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  const options = fields.map((f) => ({ value: f.path, label: text(f.label) }));
  const checked = useMemo(
    () => checkSampleRows(sampleRows, mapping, previewed),
    [sampleRows, mapping, previewed],
  );
  const warnings = mappingWarnings(mapping);
  const used = Object.values(mapping).filter(Boolean);

  const columns: ColumnsType<string> = [
    {
      key: 'header',
      title: t('import.mapping.column'),
      render: (_, h) => <Typography.Text strong>{h}</Typography.Text>,
    },
    {
      key: 'sample',
      title: t('import.mapping.sample'),
      responsive: ['sm'],
      render: (_, h) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }}>
          {sampleRows
            .slice(0, 3)
            .map((r) => cellText(r.cells[h]))
            .filter(Boolean)
            .join(' / ') || t('common.none')}
        </Typography.Text>
      ),
    },
    {
      key: 'field',
      title: t('import.mapping.field'),
      render: (_, h) => (
        <Flex align="center" gap={6}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('import.mapping.fieldFor', { column: h })}
            data-column={h}
            placeholder={t('import.mapping.skip')}
            value={mapping[h] || undefined}
            onChange={(v?: string) => onChange({ ...mapping, [h]: v ?? '' })}
            options={options}
            style={{ width: '100%', minWidth: 150, maxWidth: 240 }}
            status={mapping[h] && used.filter((u) => u === mapping[h]).length > 1 ? 'warning' : undefined}
          />
          {suggested[h] && suggested[h] === mapping[h] && (
            <Tooltip title={t('import.mapping.suggested')}>
              <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                {t('import.mapping.auto')}
              </Tag>
            </Tooltip>
          )}
        </Flex>
      ),
    },
  ];

  const validRows = checked.filter((r) => !r.errors.length).length;
  return (
    <Flex vertical gap={12}>
      {warnings.map((w) => (
        <Alert
          key={w}
          type={w === 'duplicateField' ? 'info' : 'warning'}
          showIcon
          title={t(`import.warnings.${w}`)}
        />
      ))}
      <Table<string>
        rowKey={(h) => h}
        size="small"
        pagination={false}
        columns={columns}
        dataSource={headers}
        data-testid="mapping-table"
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('import.check.title', { valid: validRows, total: checked.length })}
      </Typography.Title>
      <Flex vertical gap={4} data-testid="sample-check">
        {checked.map((r) => (
          <Flex key={r.rowNumber} gap={8} align="flex-start" data-valid={r.errors.length === 0}>
            {r.errors.length ? (
              <CloseCircleTwoTone twoToneColor="#cf1322" style={{ marginTop: 4 }} />
            ) : (
              <CheckCircleTwoTone twoToneColor="#389e0d" style={{ marginTop: 4 }} />
            )}
            <div style={{ minWidth: 0 }}>
              <Typography.Text>
                {t('import.check.row', { row: r.rowNumber })} {cellText(r.lead.name)}
                {(r.lead.company as { name?: string } | undefined)?.name
                  ? ` · ${(r.lead.company as { name: string }).name}`
                  : ''}
              </Typography.Text>
              {r.errors.map((e, i) => (
                <div key={i}>
                  <Typography.Text type="danger" style={{ fontSize: 12 }}>
                    {fieldMessage(t, e.message)}
                  </Typography.Text>
                </div>
              ))}
            </div>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}

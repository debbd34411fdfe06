import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { removeItem, replaceItem } from '../../../engine/forms';
import type { TableColumn } from '../../../schemas';
import { pickText, type Language } from '../../i18n';
import type { WidgetProps } from './types';

type Row = Record<string, unknown>;

function Cell({
  col,
  value,
  onChange,
  readOnly,
  lang,
  label,
}: {
  col: TableColumn;
  value: unknown;
  onChange: (v: unknown) => void;
  readOnly?: boolean;
  lang: Language;
  label: string;
}) {
  const common = { 'aria-label': label, disabled: readOnly, style: { width: '100%', minWidth: 110 } };
  switch (col.type) {
    case 'number':
    case 'money':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
        />
      );
    case 'boolean':
      return (
        <Switch
          aria-label={label}
          disabled={readOnly}
          checked={value === true}
          onChange={(v) => onChange(v)}
        />
      );
    case 'select':
    case 'multiselect':
      return (
        <Select
          {...common}
          mode={col.type === 'multiselect' ? 'multiple' : undefined}
          allowClear
          value={value as string | string[] | undefined}
          options={(col.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }))}
          onChange={(v) => onChange(v ?? undefined)}
        />
      );
    case 'date':
      return (
        <Input
          {...common}
          type="date"
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      );
    default:
      return (
        <Input
          {...common}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        />
      );
  }
}

/** table: repeating rows (e.g. the customer's existing systems: name, vendor, version, interfaces). */
export function TableWidget({ field, value, onChange, readOnly, lang, id }: WidgetProps<Row[]>) {
  const { t } = useTranslation();
  const rows = Array.isArray(value) ? value : [];
  const columns = field.columns ?? [];
  const max = field.validation?.maxItems;
  const setCell = (i: number, key: string, v: unknown) => {
    const row: Row = { ...rows[i] };
    if (v === undefined) delete row[key];
    else row[key] = v;
    onChange(replaceItem(rows, i, row));
  };
  return (
    <div id={id} role="group">
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid={`${field.key}-table`}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  style={{ textAlign: 'left', padding: 4, fontWeight: 500, whiteSpace: 'nowrap' }}
                >
                  {pickText(c.label, lang)}
                  {c.required && <span style={{ color: '#ff4d4f' }}> *</span>}
                </th>
              ))}
              {!readOnly && (
                <th style={{ width: 40 }}>
                  <span className="sr-only">{t('forms.table.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {columns.map((c) => (
                  <td key={c.key} style={{ padding: 4 }}>
                    <Cell
                      col={c}
                      value={row[c.key]}
                      lang={lang}
                      readOnly={readOnly}
                      label={`${t('forms.table.row', { n: i + 1 })} ${pickText(c.label, lang)}`}
                      onChange={(v) => setCell(i, c.key, v)}
                    />
                  </td>
                ))}
                {!readOnly && (
                  <td style={{ padding: 4 }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('forms.table.removeRow', { n: i + 1 })}
                      onClick={() => onChange(removeItem(rows, i))}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <Typography.Text type="secondary">{t('forms.table.empty')}</Typography.Text>}
      {!readOnly && (
        <div>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            style={{ marginTop: 8 }}
            disabled={max !== undefined && rows.length >= max}
            onClick={() => onChange([...rows, {}])}
          >
            {t('forms.table.addRow')}
          </Button>
        </div>
      )}
    </div>
  );
}

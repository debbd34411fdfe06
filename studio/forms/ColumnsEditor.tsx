import { Button, Checkbox, Flex, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useStudioT } from '../i18n';
import { asText, setMember } from './edit';
import type { Json } from './model';

const COLUMN_TYPES = ['text', 'number', 'money', 'date', 'select', 'multiselect', 'boolean'] as const;
const DEFAULT_OPTIONS = [{ value: 'option_1', label: { zh: '选项1', en: 'Option 1' } }];

/** Columns of a repeating table: key, type, zh/en label, required. */
export function ColumnsEditor({
  value,
  readOnly,
  onChange,
}: {
  value: Json[];
  readOnly?: boolean;
  onChange: (v: Json[]) => void;
}) {
  const { t } = useStudioT();
  const set = (i: number, c: Json) => onChange(value.map((x, j) => (j === i ? c : x)));
  const setType = (i: number, c: Json, type: string) => {
    const choice = type === 'select' || type === 'multiselect';
    set(i, setMember({ ...c, type }, 'options', choice ? (c.options ?? DEFAULT_OPTIONS) : undefined));
  };
  const add = () => {
    const taken = new Set(value.map((c) => String(c.key)));
    let n = value.length + 1;
    while (taken.has(`col${n}`)) n++;
    onChange([...value, { key: `col${n}`, type: 'text', label: { zh: `列${n}`, en: `Column ${n}` } }]);
  };
  return (
    <Form.Item label={t('forms.columns')} style={{ marginBottom: 8 }}>
      {value.map((c, i) => {
        const l = asText(c.label);
        return (
          <Flex key={i} gap={4} wrap style={{ marginBottom: 4 }}>
            <Input
              size="small"
              style={{ width: 90 }}
              aria-label={t('forms.columnKey', { n: i + 1 })}
              value={String(c.key ?? '')}
              readOnly={readOnly}
              onChange={(e) => set(i, { ...c, key: e.target.value })}
            />
            <Select
              size="small"
              style={{ width: 100 }}
              aria-label={t('forms.columnType', { n: i + 1 })}
              value={String(c.type)}
              disabled={readOnly}
              options={COLUMN_TYPES.map((x) => ({ value: x, label: t(`forms.type.${x}`) }))}
              onChange={(type) => setType(i, c, type)}
            />
            <Input
              size="small"
              style={{ width: 90 }}
              aria-label={t('forms.columnZh', { n: i + 1 })}
              value={l.zh}
              readOnly={readOnly}
              status={l.zh ? undefined : 'error'}
              onChange={(e) => set(i, { ...c, label: { ...l, zh: e.target.value } })}
            />
            <Input
              size="small"
              style={{ width: 90 }}
              aria-label={t('forms.columnEn', { n: i + 1 })}
              value={l.en}
              readOnly={readOnly}
              status={l.en ? undefined : 'error'}
              onChange={(e) => set(i, { ...c, label: { ...l, en: e.target.value } })}
            />
            <Checkbox
              checked={c.required === true}
              disabled={readOnly}
              onChange={(e) => set(i, setMember(c, 'required', e.target.checked || undefined))}
            >
              {t('forms.required')}
            </Checkbox>
            {!readOnly && value.length > 1 && (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('forms.removeColumn', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
        );
      })}
      {!readOnly && (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={add}>
          {t('forms.addColumn')}
        </Button>
      )}
    </Form.Item>
  );
}

import { Button, Flex, Form, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useStudioT } from '../i18n';
import { asText } from './edit';
import type { Json } from './model';

/** Choices of a select / multi select (or the roles of a decision flow): value + zh/en label. */
export function OptionsEditor({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  value: Json[];
  readOnly?: boolean;
  onChange: (v: Json[]) => void;
}) {
  const { t } = useStudioT();
  const set = (i: number, o: Json) => onChange(value.map((x, j) => (j === i ? o : x)));
  const add = () => {
    const taken = new Set(value.map((o) => String(o.value)));
    let n = value.length + 1;
    while (taken.has(`option_${n}`)) n++;
    onChange([...value, { value: `option_${n}`, label: { zh: `选项${n}`, en: `Option ${n}` } }]);
  };
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      {value.map((o, i) => {
        const l = asText(o.label);
        return (
          <Flex key={i} gap={4} style={{ marginBottom: 4 }}>
            <Input
              size="small"
              aria-label={t('forms.optionValue', { n: i + 1 })}
              value={String(o.value ?? '')}
              readOnly={readOnly}
              status={o.value ? undefined : 'error'}
              onChange={(e) => set(i, { ...o, value: e.target.value })}
            />
            <Input
              size="small"
              aria-label={t('forms.optionZh', { n: i + 1 })}
              value={l.zh}
              readOnly={readOnly}
              status={l.zh ? undefined : 'error'}
              onChange={(e) => set(i, { ...o, label: { ...l, zh: e.target.value } })}
            />
            <Input
              size="small"
              aria-label={t('forms.optionEn', { n: i + 1 })}
              value={l.en}
              readOnly={readOnly}
              status={l.en ? undefined : 'error'}
              onChange={(e) => set(i, { ...o, label: { ...l, en: e.target.value } })}
            />
            {!readOnly && (
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('forms.removeOption', { n: i + 1 })}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              />
            )}
          </Flex>
        );
      })}
      {!readOnly && (
        <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={add}>
          {t('forms.addOption')}
        </Button>
      )}
    </Form.Item>
  );
}

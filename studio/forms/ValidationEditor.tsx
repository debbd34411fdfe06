import { Flex, Form, Input, InputNumber } from 'antd';
import { useStudioT } from '../i18n';
import { asObj, numOrUndef, setMember } from './edit';
import type { Json } from './model';

/** Which validation members each field type offers. */
const BY_TYPE: Record<string, readonly string[]> = {
  text: ['minLength', 'maxLength', 'pattern'],
  textarea: ['minLength', 'maxLength'],
  number: ['min', 'max'],
  money: ['min', 'max'],
  rating: ['min', 'max'],
  multiselect: ['minItems', 'maxItems'],
  person: ['minItems', 'maxItems'],
  table: ['minItems', 'maxItems'],
  acceptance_criteria: ['minItems', 'maxItems'],
  decision_flow: ['minItems', 'maxItems'],
  file: ['maxSizeMb', 'accept'],
};

/** The value constraints meaningful for the field's type. */
export function ValidationEditor({
  type,
  value,
  readOnly,
  onChange,
}: {
  type: string;
  value: unknown;
  readOnly?: boolean;
  onChange: (v: Json | undefined) => void;
}) {
  const { t } = useStudioT();
  const keys = BY_TYPE[type] ?? [];
  if (!keys.length) return null;
  const v = asObj(value);
  const set = (k: string, x: unknown) => {
    const next = setMember(v, k, x ?? undefined);
    onChange(Object.keys(next).length ? next : undefined);
  };
  return (
    <Form.Item label={t('forms.validation')} style={{ marginBottom: 8 }}>
      <Flex wrap gap={6}>
        {keys.map((k) =>
          k === 'pattern' ? (
            <Input
              key={k}
              size="small"
              addonBefore={t(`forms.v.${k}`)}
              value={typeof v.pattern === 'string' ? v.pattern : ''}
              readOnly={readOnly}
              aria-label={t(`forms.v.${k}`)}
              onChange={(e) => set(k, e.target.value)}
            />
          ) : k === 'accept' ? (
            <Input
              key={k}
              size="small"
              addonBefore={t(`forms.v.${k}`)}
              placeholder=".pdf, .docx, image/*"
              value={Array.isArray(v.accept) ? (v.accept as string[]).join(', ') : ''}
              readOnly={readOnly}
              aria-label={t(`forms.v.${k}`)}
              onChange={(e) => {
                const list = e.target.value
                  .split(/[,，\s]+/)
                  .map((s) => s.trim())
                  .filter(Boolean);
                set(k, list.length ? list : undefined);
              }}
            />
          ) : (
            <InputNumber
              key={k}
              size="small"
              style={{ width: 150 }}
              prefix={<span style={{ color: '#8c8c8c', fontSize: 12 }}>{t(`forms.v.${k}`)}</span>}
              value={numOrUndef(v[k]) ?? null}
              readOnly={readOnly}
              aria-label={t(`forms.v.${k}`)}
              onChange={(x) => set(k, typeof x === 'number' ? x : undefined)}
            />
          ),
        )}
      </Flex>
    </Form.Item>
  );
}

import { Flex, Form, Input } from 'antd';
import { useStudioT } from '../i18n';

/** A bilingual text (zh + en) as two inputs; `optional` texts are removed when both are empty. */
export function I18nInputs({
  label,
  value,
  readOnly,
  long,
  optional,
  onChange,
}: {
  label: string;
  value: { zh: string; en: string } | undefined;
  readOnly?: boolean;
  long?: boolean;
  optional?: boolean;
  onChange: (v: { zh: string; en: string } | undefined) => void;
}) {
  const { t } = useStudioT();
  const v = value ?? { zh: '', en: '' };
  const emit = (next: { zh: string; en: string }) =>
    onChange(optional && !next.zh && !next.en ? undefined : next);
  const Comp = long ? Input.TextArea : Input;
  const bad = (s: string) => (!optional && !s ? 'error' : undefined);
  return (
    <Form.Item label={label} style={{ marginBottom: 8 }}>
      <Flex vertical gap={4}>
        <Comp
          aria-label={`${label} ${t('forms.zh')}`}
          placeholder={t('forms.zh')}
          value={v.zh}
          readOnly={readOnly}
          status={bad(v.zh)}
          {...(long ? { autoSize: { minRows: 1, maxRows: 4 } } : {})}
          onChange={(e) => emit({ ...v, zh: e.target.value })}
        />
        <Comp
          aria-label={`${label} ${t('forms.en')}`}
          placeholder={t('forms.en')}
          value={v.en}
          readOnly={readOnly}
          status={bad(v.en)}
          {...(long ? { autoSize: { minRows: 1, maxRows: 4 } } : {})}
          onChange={(e) => emit({ ...v, en: e.target.value })}
        />
      </Flex>
    </Form.Item>
  );
}

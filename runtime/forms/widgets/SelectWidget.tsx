import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../i18n';
import type { WidgetProps } from './types';

/** select and multiselect: options from the template, searchable by label. */
export function SelectWidget({
  field,
  value,
  onChange,
  onBlur,
  readOnly,
  invalid,
  lang,
  id,
}: WidgetProps<string | string[]>) {
  const { t } = useTranslation();
  const multiple = field.type === 'multiselect';
  const options = (field.options ?? []).map((o) => ({ value: o.value, label: pickText(o.label, lang) }));
  return (
    <Select
      id={id}
      style={{ width: '100%', maxWidth: multiple ? 640 : 320 }}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? (multiple ? [] : undefined)}
      options={options}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('forms.placeholderSelect')}
      disabled={readOnly}
      status={invalid ? 'error' : undefined}
      onBlur={onBlur}
      onChange={(v: string | string[] | undefined) =>
        onChange(v === undefined || (Array.isArray(v) && v.length === 0) ? (multiple ? [] : undefined) : v)
      }
    />
  );
}

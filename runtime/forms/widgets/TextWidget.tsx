import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { pickText } from '../../i18n';
import type { WidgetProps } from './types';

/** text and textarea: a single-line or auto-growing input with a character count when limited. */
export function TextWidget({
  field,
  value,
  onChange,
  onBlur,
  readOnly,
  invalid,
  lang,
  id,
}: WidgetProps<string>) {
  const { t } = useTranslation();
  const max = field.validation?.maxLength;
  const common = {
    id,
    value: value ?? '',
    onBlur,
    disabled: readOnly,
    status: invalid ? ('error' as const) : undefined,
    placeholder: field.placeholder ? pickText(field.placeholder, lang) : t('forms.placeholderText'),
    'aria-invalid': invalid || undefined,
    onChange: (e: { target: { value: string } }) =>
      onChange(e.target.value === '' ? undefined : e.target.value),
  };
  if (field.type === 'textarea') {
    return (
      <Input.TextArea
        {...common}
        autoSize={{ minRows: 2, maxRows: 8 }}
        maxLength={max}
        showCount={!!max && !readOnly}
      />
    );
  }
  return <Input {...common} maxLength={max} />;
}

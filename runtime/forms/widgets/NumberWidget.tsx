import { InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from './types';

/** number: a numeric input with the field's unit beside it; min/max from the validation. */
export function NumberWidget({ field, value, onChange, onBlur, readOnly, invalid, id }: WidgetProps<number>) {
  const { t } = useTranslation();
  return (
    <InputNumber
      id={id}
      style={{ width: '100%', maxWidth: 320 }}
      value={value ?? null}
      min={field.validation?.min}
      max={field.validation?.max}
      disabled={readOnly}
      status={invalid ? 'error' : undefined}
      aria-invalid={invalid || undefined}
      onBlur={onBlur}
      suffix={field.unit ? t(`forms.units.${field.unit}`) : undefined}
      onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
    />
  );
}

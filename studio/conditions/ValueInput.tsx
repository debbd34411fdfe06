import { Input, InputNumber, Select, Space, Switch } from 'antd';
import { useStudioT } from '../i18n';
import {
  cnyToWan,
  DURATION_UNITS,
  joinDurationValue,
  splitDurationValue,
  wanToCny,
  type BuilderField,
  type DurationUnit,
} from './operators';
import type { CondOp, Literal } from './tree';

export interface ValueInputProps {
  field: BuilderField | undefined;
  op: CondOp;
  value: Literal | Literal[];
  onChange: (v: Literal | Literal[]) => void;
  disabled?: boolean;
  /** accessible name prefix (the field's label) */
  label: string;
}

/** One number in the field's editing unit: 万元 for money, a chosen unit for durations. */
function NumberValue({
  field,
  value,
  onChange,
  disabled,
  label,
}: Omit<ValueInputProps, 'op' | 'value'> & {
  value: Literal;
}) {
  const { t } = useStudioT();
  const n = typeof value === 'number' ? value : 0;
  if (field?.type === 'money') {
    return (
      <InputNumber
        aria-label={label}
        value={cnyToWan(n)}
        disabled={disabled}
        suffix={t('value.wan')}
        style={{ width: 150 }}
        onChange={(v) => onChange(wanToCny(Number(v ?? 0)))}
      />
    );
  }
  if (field?.type === 'duration') {
    const { amount, unit } = splitDurationValue(n, field.unit);
    return (
      <Space.Compact>
        <InputNumber
          aria-label={label}
          value={amount}
          disabled={disabled}
          min={0}
          style={{ width: 90 }}
          onChange={(v) => onChange(joinDurationValue(Number(v ?? 0), unit, field.unit))}
        />
        <Select<DurationUnit>
          aria-label={t('value.unit')}
          value={unit}
          disabled={disabled}
          style={{ width: 90 }}
          options={DURATION_UNITS.map((u) => ({ value: u, label: t(`value.units.${u}`) }))}
          onChange={(u) => onChange(joinDurationValue(amount, u, field.unit))}
        />
      </Space.Compact>
    );
  }
  return (
    <InputNumber
      aria-label={label}
      value={n}
      disabled={disabled}
      style={{ width: 120 }}
      onChange={(v) => onChange(Number(v ?? 0))}
    />
  );
}

/** The value widget of a condition, chosen by the field's type and the operator. */
export function ValueInput(props: ValueInputProps) {
  const { field, op, value, onChange, disabled, label } = props;
  const { t, text } = useStudioT();
  const options = (field?.options ?? []).map((o) => ({
    value: String(o.value),
    label: o.label ? text(o.label) : String(o.value),
  }));

  if (op === 'between' || op === 'between_excl') {
    const [lo, hi] = Array.isArray(value) ? value : [value, value];
    return (
      <Space size={4}>
        <NumberValue
          {...props}
          value={lo ?? 0}
          label={`${label} ${t('value.from')}`}
          onChange={(v) => onChange([v as Literal, hi ?? 0])}
        />
        <span>–</span>
        <NumberValue
          {...props}
          value={hi ?? 0}
          label={`${label} ${t('value.to')}`}
          onChange={(v) => onChange([lo ?? 0, v as Literal])}
        />
      </Space>
    );
  }
  if (op === 'in') {
    const list = (Array.isArray(value) ? value : [value]).map(String);
    return (
      <Select
        aria-label={label}
        mode={options.length ? 'multiple' : 'tags'}
        value={list}
        disabled={disabled}
        options={options}
        style={{ minWidth: 220 }}
        placeholder={t('value.pickMany')}
        onChange={(v: string[]) => onChange(v)}
      />
    );
  }
  const single: Literal = Array.isArray(value) ? (value[0] ?? null) : value;
  switch (field?.type) {
    case 'boolean':
      return (
        <Switch
          aria-label={label}
          checked={single === true}
          disabled={disabled}
          checkedChildren={t('value.yes')}
          unCheckedChildren={t('value.no')}
          onChange={(v) => onChange(v)}
        />
      );
    case 'enum':
      return (
        <Select
          aria-label={label}
          value={single === null ? undefined : String(single)}
          disabled={disabled}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 160 }}
          onChange={(v: string) => onChange(v)}
        />
      );
    case 'number':
    case 'money':
    case 'duration':
      return <NumberValue {...props} value={single} />;
    case 'date':
      return (
        <Input
          type="date"
          aria-label={label}
          value={typeof single === 'string' ? single.slice(0, 10) : ''}
          disabled={disabled}
          style={{ width: 160 }}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <Input
          aria-label={label}
          value={single === null ? '' : String(single)}
          disabled={disabled}
          placeholder={field?.type === 'tags' ? t('value.tag') : undefined}
          style={{ width: 180 }}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

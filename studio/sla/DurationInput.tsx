import { Input, InputNumber, Select, Space } from 'antd';
import { useStudioT } from '../i18n';
import { DURATION_UNITS, joinIso, splitIso, type DurationUnit } from './duration';

/** An ISO 8601 duration edited as a number and a unit (compound durations as text). */
export function DurationInput({
  value,
  label,
  readOnly,
  onChange,
}: {
  value: string;
  label: string;
  readOnly?: boolean;
  onChange: (iso: string) => void;
}) {
  const { t } = useStudioT();
  const parts = splitIso(value);
  if (!parts)
    return (
      <Input
        aria-label={label}
        value={value}
        readOnly={readOnly}
        status={value ? undefined : 'error'}
        style={{ width: 140 }}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  return (
    <Space.Compact>
      <InputNumber
        aria-label={label}
        min={1}
        precision={0}
        value={parts.amount}
        readOnly={readOnly}
        style={{ width: 90 }}
        onChange={(v) => onChange(joinIso(Number(v ?? 1), parts.unit))}
      />
      <Select<DurationUnit>
        aria-label={t('sla.unitOf', { name: label })}
        value={parts.unit}
        disabled={readOnly}
        style={{ width: 90 }}
        options={DURATION_UNITS.map((u) => ({ value: u, label: t(`sla.units.${u}`) }))}
        onChange={(u) => onChange(joinIso(parts.amount, u))}
      />
    </Space.Compact>
  );
}

import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import type { WidgetProps } from './types';

/** date: an ISO date (YYYY-MM-DD); the picker also accepts typed dates. */
export function DateWidget({ value, onChange, onBlur, readOnly, invalid, id }: WidgetProps<string>) {
  const parsed = value ? dayjs(value, 'YYYY-MM-DD', true) : null;
  return (
    <DatePicker
      id={id}
      style={{ width: '100%', maxWidth: 320 }}
      value={parsed?.isValid() ? parsed : null}
      format="YYYY-MM-DD"
      disabled={readOnly}
      status={invalid ? 'error' : undefined}
      onBlur={onBlur}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
    />
  );
}

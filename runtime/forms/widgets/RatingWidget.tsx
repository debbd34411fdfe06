import { Rate, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetProps } from './types';

/** rating: 1…max stars (default 5); keyboard arrows change it. */
export function RatingWidget({ field, value, onChange, readOnly, id }: WidgetProps<number>) {
  const { t } = useTranslation();
  const max = field.validation?.max ?? 5;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      <Rate
        id={id}
        count={max}
        value={value ?? 0}
        disabled={readOnly}
        onChange={(v) => onChange(v > 0 ? v : undefined)}
      />
      {value !== undefined && (
        <Typography.Text type="secondary">{t('forms.rating.label', { value, max })}</Typography.Text>
      )}
    </span>
  );
}

import { InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, wanToYuan, yuanToWan } from '../../../engine/forms';
import type { WidgetProps } from './types';

const groups = (v: string | number | undefined) => `${v ?? ''}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * money: stored in yuan. With unit 10k_CNY the rep types 万元 (35 → ¥350,000); otherwise yuan with
 * thousands separators, and the amount in 万元 is shown beside it.
 */
export function MoneyWidget({
  field,
  value,
  onChange,
  onBlur,
  readOnly,
  invalid,
  lang,
  id,
}: WidgetProps<number>) {
  const { t } = useTranslation();
  const wan = field.unit === '10k_CNY';
  const shown = typeof value === 'number' ? (wan ? yuanToWan(value) : value) : null;
  const other =
    typeof value === 'number' && value !== 0
      ? formatMoney(value, wan ? 'CNY' : '10k_CNY', lang === 'en' ? 'en' : 'zh')
      : '';
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
      <InputNumber<number>
        id={id}
        style={{ width: '100%', maxWidth: 320 }}
        value={shown}
        min={
          field.validation?.min !== undefined
            ? wan
              ? yuanToWan(field.validation.min)
              : field.validation.min
            : undefined
        }
        precision={wan ? undefined : 0}
        prefix="¥"
        suffix={t(wan ? 'forms.money.wan' : 'forms.money.yuan')}
        formatter={wan ? undefined : groups}
        parser={(s) => Number((s ?? '').replace(/[,\s¥]/g, ''))}
        disabled={readOnly}
        status={invalid ? 'error' : undefined}
        aria-invalid={invalid || undefined}
        onBlur={onBlur}
        onChange={(v) =>
          onChange(typeof v === 'number' && Number.isFinite(v) ? (wan ? wanToYuan(v) : v) : undefined)
        }
      />
      {other && (
        <Typography.Text type="secondary" data-testid={`${field.key}-money-hint`}>
          {t('forms.money.approx', { text: other })}
        </Typography.Text>
      )}
    </div>
  );
}

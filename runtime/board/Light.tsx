import { useTranslation } from 'react-i18next';
import type { Light as LightValue } from '../api/lifecycle-types';

export const LIGHT_COLORS: Record<LightValue, string> = {
  green: '#52c41a',
  amber: '#faad14',
  red: '#ff4d4f',
};

/** A traffic light: a coloured dot with its name for screen readers (and beside it, if `label`). */
export function Light({ value, label }: { value: LightValue; label?: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      style={{ display: 'inline-flex', alignItems: 'center', gap: 6, whiteSpace: 'nowrap' }}
      data-light={value}
    >
      <span
        role="img"
        aria-label={t(`board.lights.${value}`)}
        style={{
          width: 14,
          height: 14,
          borderRadius: '50%',
          background: LIGHT_COLORS[value],
          boxShadow: `0 0 0 3px ${LIGHT_COLORS[value]}33`,
          display: 'inline-block',
          flex: 'none',
        }}
      />
      {label && t(`board.lights.${value}`)}
    </span>
  );
}

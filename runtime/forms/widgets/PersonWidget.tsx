import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonValue } from '../../../engine/forms';
import type { WidgetProps } from './types';

const KEYS = ['name', 'title', 'phone', 'email'] as const;

/** person: name (required when any part is given), title, phone, email. */
export function PersonWidget({ value, onChange, onBlur, readOnly, invalid, id }: WidgetProps<PersonValue>) {
  const { t } = useTranslation();
  const set = (k: (typeof KEYS)[number], v: string) => {
    const next: Record<string, string> = { ...(value ?? {}) };
    if (v === '') delete next[k];
    else next[k] = v;
    onChange(Object.keys(next).length ? (next as unknown as PersonValue) : undefined);
  };
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: 8 }}>
      {KEYS.map((k) => (
        <Input
          key={k}
          id={k === 'name' ? id : `${id}-${k}`}
          aria-label={t(`forms.person.${k}`)}
          placeholder={t(`forms.person.${k}`)}
          value={value?.[k] ?? ''}
          disabled={readOnly}
          status={invalid && k === 'name' ? 'error' : undefined}
          onBlur={onBlur}
          onChange={(e) => set(k, e.target.value)}
        />
      ))}
    </div>
  );
}

import { Typography } from 'antd';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormField } from '../../schemas';
import { pickText, type Language } from '../i18n';
import { useField } from './hooks';
import { KnowledgeLinks } from './KnowledgeLinks';
import type { FormStore } from './store';
import { WIDGETS } from './widgets';

const REQUIRED_MARK = { color: '#ff4d4f', marginInlineEnd: 4 } as const;

/** Knowledge links of the selected options (e.g. the MES API docs once "MES" is picked). */
function optionLinks(field: FormField, value: unknown) {
  if (!field.options?.some((o) => o.knowledgeLinks?.length)) return [];
  const chosen = new Set(Array.isArray(value) ? value : [value]);
  return field.options.filter((o) => chosen.has(o.value)).flatMap((o) => o.knowledgeLinks ?? []);
}

/**
 * One field: label with required mark, knowledge links, the widget, help text and errors. It
 * subscribes to its own state only, so typing here re-renders nothing else.
 */
export const FieldRow = memo(function FieldRow({
  field,
  store,
  lang,
  readOnly,
}: {
  field: FormField;
  store: FormStore;
  lang: Language;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const state = useField(store, field.key);
  const onChange = useCallback((v: unknown) => store.set(field.key, v), [store, field.key]);
  const onBlur = useCallback(() => store.touch(field.key), [store, field.key]);
  if (!state.visible) return null;
  const id = `form-field-${field.key}`;
  const shown = [...(state.touched ? state.errors : []), ...state.serverErrors];
  const Widget = WIDGETS[field.type];
  const links = [...(field.knowledgeLinks ?? []), ...optionLinks(field, state.value)];
  return (
    <div data-field={field.key} style={{ marginBottom: 20, minWidth: 0 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 8, marginBottom: 6 }}>
        <label htmlFor={id} style={{ fontWeight: 500 }}>
          {state.required && (
            <span style={REQUIRED_MARK} aria-hidden>
              *
            </span>
          )}
          {pickText(field.label, lang)}
          {state.required && (
            <span style={{ position: 'absolute', left: -9999 }}>（{t('forms.required')}）</span>
          )}
        </label>
        <KnowledgeLinks links={links} lang={lang} />
      </div>
      <Widget
        field={field}
        value={state.value as never}
        onChange={onChange}
        onBlur={onBlur}
        readOnly={readOnly}
        invalid={shown.length > 0}
        lang={lang}
        id={id}
      />
      {field.help && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
          {pickText(field.help, lang)}
        </Typography.Paragraph>
      )}
      {shown.map((e) => (
        <div
          key={`${e.path}:${e.code}`}
          role="alert"
          style={{ color: '#ff4d4f', fontSize: 12, marginTop: 4 }}
          data-error-path={e.path}
        >
          {e.i18n[lang === 'en' ? 'en' : 'zh']}
        </div>
      ))}
    </div>
  );
});

import { Card, Typography } from 'antd';
import { memo, useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { holds, type FormValues } from '../../engine/forms';
import type { FormSection, FormTemplate } from '../../schemas';
import { currentLanguage, pickText, type Language } from '../i18n';
import { FieldRow } from './FieldRow';
import { deferredSections, useMountWhenNear } from './deferredMount';
import { FormProgress } from './FormProgress';
import type { FormStore } from './store';

export interface FormRendererProps {
  template: FormTemplate;
  store: FormStore;
  readOnly?: boolean;
  /** Label language; defaults to the UI language. */
  lang?: Language;
  /** Every change of the values (after the store updated). */
  onChange?: (values: FormValues) => void;
  /** Show the completeness indicator above the form (default true). */
  showProgress?: boolean;
}

/** A section, hidden while its visibleWhen rule is false (a boolean subscription: cheap). */
const SectionView = memo(function SectionView({
  section,
  store,
  lang,
  readOnly,
  deferred = false,
  order = 0,
}: {
  section: FormSection;
  store: FormStore;
  lang: Language;
  readOnly?: boolean;
  /** Mount the fields only when near the viewport or when idle (large forms). */
  deferred?: boolean;
  order?: number;
}) {
  const rule = section.visibleWhen;
  const subscribe = useCallback(
    (fn: () => void) => (rule === undefined ? () => {} : store.subscribeSummary(fn)),
    [store, rule],
  );
  const visible = useSyncExternalStore(
    subscribe,
    () => rule === undefined || holds(rule, store.getAll(), true),
    () => true,
  );
  const ref = useRef<HTMLDivElement>(null);
  const mounted = useMountWhenNear(ref, deferred, order);
  if (!visible) return null;
  if (!mounted) {
    return (
      <div ref={ref} data-section={section.id} data-pending style={{ minHeight: section.fields.length * 72 }}>
        <Typography.Title level={5} style={{ margin: '8px 12px' }}>
          {pickText(section.title, lang)}
        </Typography.Title>
      </div>
    );
  }
  return (
    <Card
      size="small"
      title={pickText(section.title, lang)}
      style={{ marginBottom: 16 }}
      styles={{ body: { paddingBottom: 4 } }}
      data-section={section.id}
    >
      {section.description && (
        <Typography.Paragraph type="secondary">{pickText(section.description, lang)}</Typography.Paragraph>
      )}
      {section.fields.map((f) => (
        <FieldRow key={f.key} field={f} store={store} lang={lang} readOnly={readOnly} />
      ))}
    </Card>
  );
});

/**
 * Renders any published form template (W3) over a form store: sections, every field type, live
 * visible-when / required-when, completeness and field errors. Each field subscribes to its own
 * state, so a keystroke re-renders only that field and the completeness indicator.
 */
export function FormRenderer({
  template,
  store,
  readOnly,
  lang,
  onChange,
  showProgress = true,
}: FormRendererProps) {
  const { i18n } = useTranslation();
  const language = lang ?? currentLanguage(i18n);
  // Attached during render (silently) so the fields' first render already sees the evaluated state.
  store.attachTemplate(template, { silent: true });
  const deferred = useMemo(() => deferredSections(template.sections.map((s) => s.fields.length)), [template]);
  useEffect(() => {
    if (!onChange) return;
    return store.subscribeAll(() => onChange(store.getAll()));
  }, [store, onChange]);
  return (
    <div style={{ maxWidth: 960, minWidth: 0 }} data-testid="form-renderer">
      {showProgress && (
        <div
          style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--ant-color-bg-container, #fff)' }}
        >
          <FormProgress store={store} passThreshold={template.completeness?.passThreshold ?? 100} />
        </div>
      )}
      {template.sections.map((s, i) => (
        <SectionView
          key={s.id}
          section={s}
          store={store}
          lang={language}
          readOnly={readOnly}
          deferred={deferred[i]}
          order={i}
        />
      ))}
    </div>
  );
}

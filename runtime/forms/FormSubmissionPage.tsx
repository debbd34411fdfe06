import { Alert, Button, Skeleton, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { currentLanguage, pickText } from '../i18n';
import { usePublishedForm, useSubmission, type SaveResult } from './api';
import { DraftNotice } from './DraftNotice';
import { FormRenderer } from './FormRenderer';
import { SaveStatusBar } from './SaveStatusBar';
import { createFormStore } from './store';
import { useAutosave } from './useAutosave';
import { useFormDraft } from './useFormDraft';

export interface FormSubmissionPageProps {
  templateId: string;
  subjectId: string;
  readOnly?: boolean;
  /** Called after each successful server save (e.g. to refresh a gate or a completeness badge). */
  onSaved?: (result: SaveResult) => void;
}

/**
 * A form about one lead or opportunity (W3): loads the published template and the current
 * submission, restores a local draft, autosaves to the server (debounced; Ctrl+S saves now) and
 * shows the server's field errors.
 */
export function FormSubmissionPage({ templateId, subjectId, readOnly, onSaved }: FormSubmissionPageProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const form = usePublishedForm(templateId);
  const submission = useSubmission(templateId, subjectId);
  const [store] = useState(() => createFormStore());
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const key = `${templateId}:${subjectId}`;

  const ready = form.isSuccess && submission.isSuccess;
  useEffect(() => {
    if (!ready || loadedFor === key) return;
    store.attachTemplate(form.data.content);
    store.reset(submission.data?.data ?? {});
    setLoadedFor(key);
  }, [ready, loadedFor, key, store, form.data, submission.data]);

  const loaded = loadedFor === key;
  const draft = useFormDraft(key, store, { ready: loaded && !readOnly });
  const keys = useMemo(
    () => form.data?.content.sections.flatMap((s) => s.fields.map((f) => f.key)) ?? [],
    [form.data],
  );
  const { status, saveNow } = useAutosave({
    store,
    templateId,
    subjectId,
    keys,
    enabled: loaded && !readOnly,
    onSaved: (r) => {
      draft.clear();
      onSaved?.(r);
    },
  });

  useEffect(() => {
    if (readOnly) return;
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [readOnly, saveNow]);

  const error = form.error ?? submission.error;
  if (error) {
    const notFound = isApiError(error, 404);
    return (
      <Alert
        type={notFound ? 'warning' : 'error'}
        showIcon
        title={
          notFound
            ? t('forms.page.notFound')
            : isApiError(error, 403)
              ? t('forms.page.noAccess')
              : t('forms.page.error')
        }
        description={notFound ? undefined : error.message}
        action={
          !notFound && (
            <Button size="small" onClick={() => void Promise.all([form.refetch(), submission.refetch()])}>
              {t('forms.page.retry')}
            </Button>
          )
        }
      />
    );
  }
  if (!loaded || !form.data) {
    return (
      <div aria-busy="true" aria-label={t('forms.page.loading')}>
        <Skeleton active paragraph={{ rows: 6 }} />
      </div>
    );
  }
  const template = form.data.content;
  return (
    <div style={{ minWidth: 0 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 8 }} align="center">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {pickText(template.title, lang)}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('forms.page.templateVersion', { version: form.data.version })}
          </Typography.Text>
        </div>
        <SaveStatusBar status={status} onSave={() => void saveNow()} readOnly={readOnly} />
      </Space>
      {!readOnly && (
        <DraftNotice
          restoredAt={draft.restoredAt}
          onDiscard={() => draft.discard(submission.data?.data ?? {})}
        />
      )}
      <FormRenderer template={template} store={store} readOnly={readOnly} lang={lang} />
    </div>
  );
}

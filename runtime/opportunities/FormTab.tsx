import { useMemo, useState } from 'react';
import { Alert, App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FormTemplate } from '../../schemas';
import { isApiError } from '../api/client';
import { useFormTemplate, useSaveForm, type SubmissionSummary } from '../api/opportunities';
import { FormRenderer, createFormStore } from '../forms';
import { currentLanguage } from '../i18n';

export interface FormTabProps {
  opportunityId: string;
  which: 'requirements' | 'assessment';
  templateId: string | null | undefined;
  submission: SubmissionSummary | null | undefined;
  readOnly?: boolean;
}

/** The template content, whether the forms route answers `{content, version}` or the content itself. */
export function formContent(r: Record<string, unknown> | undefined): FormTemplate | null {
  if (!r) return null;
  const c = (r.content ?? r) as Partial<FormTemplate>;
  return Array.isArray(c.sections) ? (c as FormTemplate) : null;
}

/** C1–C3, C5: the requirement form (rep) or delivery assessment (delivery lead), saved via PUT. */
export function FormTab({ opportunityId, which, templateId, submission, readOnly }: FormTabProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { message } = App.useApp();
  const template = useFormTemplate(templateId);
  const save = useSaveForm(opportunityId, which);
  const [errorCount, setErrorCount] = useState(0);
  const [rootError, setRootError] = useState<string | null>(null);
  const content = formContent(template.data);
  // A new store when the template or the stored revision changes (another user's save).
  const store = useMemo(
    () => (content ? createFormStore(submission?.data ?? {}, content) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [content, submission?.revision],
  );

  if (!templateId) return <Empty description={t('opp.form.noTemplate')} />;
  if (template.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (template.isError || !content || !store)
    return (
      <Alert
        type="error"
        showIcon
        title={t('opp.form.loadError')}
        description={template.error?.message}
        action={<Button onClick={() => void template.refetch()}>{t('common.retry')}</Button>}
      />
    );

  const submit = async () => {
    setRootError(null);
    setErrorCount(0);
    store.touchAll();
    try {
      const r = await save.mutateAsync(store.getAll());
      void message.success(t('opp.form.saved', { revision: r?.revision ?? '' }));
    } catch (e) {
      if (isApiError(e, 400) || isApiError(e, 422)) {
        store.setServerErrors(e.errors);
        const fieldErrors = e.errors.filter((x) => x.path);
        setErrorCount(fieldErrors.length);
        if (fieldErrors.length < e.errors.length)
          setRootError(e.errors.find((x) => !x.path)?.message ?? null);
      } else setRootError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={12} data-testid={`form-${which}`}>
      {readOnly && <Alert type="info" showIcon title={t('opp.form.readOnly')} />}
      {submission?.revision !== undefined && (
        <Typography.Text type="secondary">
          {t('opp.form.revision', {
            revision: submission.revision,
            completeness: submission.completeness ?? 0,
          })}
        </Typography.Text>
      )}
      {errorCount > 0 && (
        <Alert type="error" showIcon role="alert" title={t('opp.form.errors', { n: errorCount })} />
      )}
      {rootError && <Alert type="error" showIcon role="alert" title={rootError} />}
      <FormRenderer template={content} store={store} readOnly={readOnly} lang={lang} />
      {!readOnly && (
        <Flex justify="flex-end">
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid={`save-${which}`}
          >
            {t('opp.form.save')}
          </Button>
        </Flex>
      )}
    </Flex>
  );
}

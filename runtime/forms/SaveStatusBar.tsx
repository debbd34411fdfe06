import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from './useAutosave';

export function SaveStatusBar({
  status,
  onSave,
  readOnly,
}: {
  status: SaveStatus;
  onSave: () => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const text = (() => {
    switch (status.kind) {
      case 'dirty':
        return <Typography.Text type="secondary">{t('forms.save.unsaved')}</Typography.Text>;
      case 'saving':
        return <Typography.Text type="secondary">{t('forms.save.saving')}</Typography.Text>;
      case 'saved':
        return (
          <Typography.Text type="success">
            {t('forms.save.saved', { revision: status.revision })}
          </Typography.Text>
        );
      case 'invalid':
        return (
          <Typography.Text type="danger">{t('forms.save.invalid', { count: status.count })}</Typography.Text>
        );
      case 'failed':
        return (
          <Typography.Text type="danger">
            {t('forms.save.failed', { message: status.message })}
          </Typography.Text>
        );
      default:
        return null;
    }
  })();
  return (
    <Space wrap role="status" aria-live="polite" data-testid="save-status">
      {text}
      {!readOnly && (
        <Button
          type="primary"
          size="small"
          onClick={onSave}
          loading={status.kind === 'saving'}
          title="Ctrl+S"
        >
          {status.kind === 'failed' ? t('forms.save.retry') : t('forms.save.submit')}
        </Button>
      )}
    </Space>
  );
}

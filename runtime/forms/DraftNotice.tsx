import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../i18n';

/** "Draft restored" notice with a discard button. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  if (!restoredAt) return null;
  return (
    <Alert
      type="info"
      showIcon
      closable
      style={{ marginBottom: 12 }}
      title={t('forms.draft.restored', { time: dateTime(restoredAt) })}
      action={
        <Button size="small" onClick={onDiscard}>
          {t('forms.draft.discard')}
        </Button>
      }
    />
  );
}

import { CheckCircleFilled } from '@ant-design/icons';
import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSummaryValue } from './hooks';
import type { FormStore } from './store';

/** The completeness indicator: updates as the rep types (its own subscription). */
export function FormProgress({ store, passThreshold }: { store: FormStore; passThreshold: number }) {
  const { t } = useTranslation();
  // Primitive subscriptions: a keystroke that does not change the score re-renders nothing here.
  const s = {
    completeness: useSummaryValue(store, (x) => x.completeness),
    complete: useSummaryValue(store, (x) => x.complete),
    missingRequired: useSummaryValue(store, (x) => x.missingRequired),
  };
  return (
    <div
      data-testid="form-progress"
      aria-live="polite"
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '8px 0' }}
    >
      <Typography.Text strong>{t('forms.completeness')}</Typography.Text>
      <Progress
        percent={s.completeness}
        size="small"
        showInfo={false}
        status={s.complete ? 'success' : 'active'}
        style={{ flex: '1 1 160px', margin: 0, minWidth: 120, maxWidth: 360 }}
        aria-label={t('forms.completeness')}
      />
      <Typography.Text strong data-testid="form-completeness">
        {s.completeness}%
      </Typography.Text>
      {s.complete ? (
        <Typography.Text type="success">
          <CheckCircleFilled /> {t('forms.complete')}
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">
          {t('forms.incomplete', { threshold: passThreshold })}
        </Typography.Text>
      )}
      {s.missingRequired > 0 && (
        <Typography.Text type="warning">
          {t('forms.missingRequired', { count: s.missingRequired })}
        </Typography.Text>
      )}
    </div>
  );
}

import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LeadListView } from './LeadListView';

/** A rep's home: the leads assigned to them. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('leads.workbenchTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('leads.workbenchIntro')}</Typography.Paragraph>
      <LeadListView />
    </>
  );
}

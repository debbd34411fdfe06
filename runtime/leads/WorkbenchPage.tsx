import { useTranslation } from 'react-i18next';
import { LeadListView } from './LeadListView';
import { LeadPageHeader } from './LeadPageHeader';

/** A rep's home: the leads assigned to them. */
export function WorkbenchPage() {
  const { t } = useTranslation();
  return (
    <>
      <LeadPageHeader title={t('leads.workbenchTitle')} intro={t('leads.workbenchIntro')} />
      <LeadListView />
    </>
  );
}

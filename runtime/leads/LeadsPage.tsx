import { useTranslation } from 'react-i18next';
import { useLeads } from '../api';
import { GradeSummary } from './GradeSummary';
import { LeadListView } from './LeadListView';
import { LeadPageHeader } from './LeadPageHeader';
import { useLeadFilters } from './useLeadFilters';

function useGradeCounts() {
  const a = useLeads({ grade: 'A', pageSize: 1 });
  const b = useLeads({ grade: 'B', pageSize: 1 });
  const c = useLeads({ grade: 'C', pageSize: 1 });
  const d = useLeads({ grade: 'D', pageSize: 1 });
  const all = useLeads({ pageSize: 1 });
  return { A: a.data?.total, B: b.data?.total, C: c.data?.total, D: d.data?.total, total: all.data?.total };
}

/** The manager's and director's home: every lead, with owners and counts by class. */
export function LeadsPage() {
  const { t } = useTranslation();
  const counts = useGradeCounts();
  const { filters, update } = useLeadFilters();
  return (
    <>
      <LeadPageHeader title={t('leads.allTitle')} intro={t('leads.allIntro')} />
      <GradeSummary counts={counts} selected={filters.grade} onSelect={(grade) => update({ grade })} />
      <LeadListView showOwner />
    </>
  );
}

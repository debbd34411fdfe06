import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLeads } from '../api';
import { LeadFiltersBar } from './LeadFiltersBar';
import { LeadsTable } from './LeadsTable';
import { useLeadFilters } from './useLeadFilters';

/** Filters + table + error state over `GET /api/leads`, shared by the rep and manager pages. */
export function LeadListView({ showOwner }: { showOwner?: boolean }) {
  const { t } = useTranslation();
  const { filters, update, isFiltered } = useLeadFilters();
  const leads = useLeads(filters);

  return (
    <>
      <LeadFiltersBar value={filters} onChange={update} />
      {leads.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('leads.loadError')}
          description={leads.error.message}
          action={
            <Button size="small" onClick={() => void leads.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      <LeadsTable
        items={leads.data?.items ?? []}
        total={leads.data?.total ?? 0}
        page={filters.page ?? 1}
        pageSize={filters.pageSize ?? 20}
        loading={leads.isFetching}
        showOwner={showOwner}
        filtered={isFiltered}
        onPageChange={(page, pageSize) => update({ page, pageSize })}
      />
    </>
  );
}

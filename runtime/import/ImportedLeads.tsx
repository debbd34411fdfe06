import { Alert, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLeads } from '../api/leads';
import type { Job } from '../api/lifecycle-types';
import type { Lead } from '../api/types';
import { GradeTag } from '../leads/GradeTag';

/** The leads a finished import created (the newest ones from the import), with their owners — live. */
export function ImportedLeads({ job, listPath }: { job: Job; listPath: string }) {
  const { t } = useTranslation();
  const pageSize = Math.min(100, Math.max(job.accepted, 1));
  const leads = useLeads({ pageSize });
  const since = Date.parse(job.startedAt ?? job.createdAt) - 1000;
  const items = (leads.data?.items ?? []).filter(
    (l) => (l as Lead & { createdVia?: string }).createdVia === 'import' && Date.parse(l.createdAt) >= since,
  );
  const owned = items.filter((l) => l.ownerId).length;
  const columns: ColumnsType<Lead> = [
    {
      key: 'name',
      title: t('leads.columns.name'),
      render: (_, l) => <Link to={`/leads/${l.id}`}>{l.name}</Link>,
    },
    {
      key: 'company',
      title: t('leads.columns.company'),
      responsive: ['sm'],
      render: (_, l) => l.company.name,
    },
    { key: 'grade', title: t('leads.columns.grade'), render: (_, l) => <GradeTag grade={l.grade} /> },
    {
      key: 'owner',
      title: t('leads.columns.owner'),
      render: (_, l) =>
        l.ownerName ?? <Typography.Text type="secondary">{t('leads.unassigned')}</Typography.Text>,
    },
  ];
  return (
    <Flex vertical gap={12} data-testid="imported-leads">
      {items.length > 0 && (
        <Alert
          type={owned === items.length ? 'success' : 'info'}
          showIcon
          title={t('import.assigned', { owned, total: items.length })}
          action={<Link to={listPath}>{t('import.openLeads')}</Link>}
        />
      )}
      <Table<Lead>
        rowKey="id"
        size="small"
        loading={leads.isFetching && !items.length}
        columns={columns}
        dataSource={items}
        pagination={items.length > 10 ? { pageSize: 10 } : false}
        scroll={{ x: 'max-content' }}
      />
    </Flex>
  );
}

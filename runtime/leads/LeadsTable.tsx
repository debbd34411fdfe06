import { Empty, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Lead } from '../api/types';
import { useLocaleFormat } from '../i18n';
import { GradeTag } from './GradeTag';
import { STATUS_COLORS, channelLabel, statusLabel } from './labels';

export interface LeadsTableProps {
  items: Lead[];
  total: number;
  page: number;
  pageSize: number;
  loading?: boolean;
  showOwner?: boolean;
  filtered?: boolean;
  onPageChange?: (page: number, pageSize: number) => void;
}

/** A page of leads (server-side paging). Presentational: data in, page changes out. */
export function LeadsTable(props: LeadsTableProps) {
  const { t } = useTranslation();
  const { dateTime } = useLocaleFormat();
  // On a phone the company column is hidden and shown under the contact instead.
  const phone = Grid.useBreakpoint().xs === true;

  const columns: ColumnsType<Lead> = [
    {
      key: 'name',
      title: t('leads.columns.name'),
      dataIndex: 'name',
      render: (_, lead) => (
        <div>
          <Link to={`/leads/${encodeURIComponent(lead.id)}`} style={{ fontWeight: 600 }}>
            {lead.name}
          </Link>
          {(phone ? lead.company.name : lead.contact.title) && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {phone ? lead.company.name : lead.contact.title}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      key: 'company',
      title: t('leads.columns.company'),
      responsive: ['sm'],
      render: (_, lead) => lead.company.name,
    },
    {
      key: 'grade',
      title: t('leads.columns.grade'),
      width: 96,
      render: (_, lead) => <GradeTag grade={lead.grade} />,
    },
    {
      key: 'channel',
      title: t('leads.columns.channel'),
      responsive: ['md'],
      render: (_, lead) => channelLabel(t, lead.source.channel),
    },
    {
      key: 'status',
      title: t('leads.columns.status'),
      render: (_, lead) => <Tag color={STATUS_COLORS[lead.status]}>{statusLabel(t, lead.status)}</Tag>,
    },
    ...(props.showOwner
      ? [
          {
            key: 'owner',
            title: t('leads.columns.owner'),
            render: (_: unknown, lead: Lead) =>
              lead.ownerName ?? <Typography.Text type="secondary">{t('leads.unassigned')}</Typography.Text>,
          },
        ]
      : []),
    {
      key: 'createdAt',
      title: t('leads.columns.createdAt'),
      responsive: ['md'],
      render: (_, lead) => <span style={{ whiteSpace: 'nowrap' }}>{dateTime(lead.createdAt)}</span>,
    },
  ];

  return (
    <Table<Lead>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.items}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: <Empty description={props.filtered ? t('leads.emptyFiltered') : t('leads.empty')} />,
      }}
      pagination={{
        current: props.page,
        pageSize: props.pageSize,
        total: props.total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t('leads.total', { total }),
        onChange: (page, pageSize) => props.onPageChange?.(page, pageSize),
      }}
    />
  );
}

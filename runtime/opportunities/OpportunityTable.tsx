import { Empty, Table, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import type { OpportunitySummary } from '../api/opportunities';
import { formatWan, stageLabel } from './format';

export interface OpportunityTableProps {
  items: OpportunitySummary[];
  loading?: boolean;
  showOwner?: boolean;
}

const STAGE_COLORS: Record<string, string> = {
  won: 'green',
  lost: 'default',
  contract_approval: 'purple',
  quote: 'blue',
};

/** The opportunity list: name, customer, stage, amount in 万元, expected close, owner, frozen badge. */
export function OpportunityTable({ items, loading, showOwner }: OpportunityTableProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  return (
    <Table<OpportunitySummary>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      scroll={{ x: 760 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('opp.list.empty')} /> }}
      onRow={(o) => ({ 'data-opportunity': o.id, 'data-frozen': o.frozen ? 'true' : 'false' }) as never}
      columns={[
        {
          key: 'name',
          title: t('opp.fields.name'),
          render: (_, o) => (
            <>
              <Link to={`/opportunities/${o.id}`}>{o.name}</Link>
              {o.frozen && (
                <Tag
                  color="red"
                  icon={<LockOutlined />}
                  style={{ marginInlineStart: 8 }}
                  data-testid="frozen-badge"
                >
                  {t('opp.frozen.badge')}
                </Tag>
              )}
              {o.customerName && o.customerName !== o.name && (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.customerName}
                  </Typography.Text>
                </div>
              )}
            </>
          ),
        },
        {
          key: 'stage',
          title: t('opp.fields.stage'),
          width: 120,
          render: (_, o) => <Tag color={STAGE_COLORS[o.stage] ?? 'cyan'}>{stageLabel(t, lang, o.stage)}</Tag>,
        },
        {
          key: 'amount',
          title: t('opp.fields.amount'),
          width: 130,
          align: 'right',
          sorter: (a, b) => a.amount - b.amount,
          render: (_, o) => formatWan(t, o.amount),
        },
        {
          key: 'industry',
          title: t('opp.fields.industry'),
          width: 110,
          render: (_, o) => t(`industries.${o.industry}`, { defaultValue: o.industry }),
        },
        {
          key: 'close',
          title: t('opp.fields.expectedClose'),
          width: 120,
          dataIndex: 'expectedClose',
          sorter: (a, b) => a.expectedClose.localeCompare(b.expectedClose),
        },
        ...(showOwner
          ? [
              {
                key: 'owner',
                title: t('opp.fields.owner'),
                width: 100,
                render: (_: unknown, o: OpportunitySummary) => o.ownerName ?? '',
              },
            ]
          : []),
      ]}
    />
  );
}

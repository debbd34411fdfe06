import { Checkbox, Empty, Flex, Progress, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../api/lifecycle-types';
import { useLocaleFormat } from '../i18n';

export interface AgendaListProps {
  items: AgendaItem[];
  loading?: boolean;
  /** Absent: read-only (no right to tick items off). */
  onTick?: (item: AgendaItem, done: boolean) => void;
  ticking?: string | null;
}

const KIND_COLORS: Record<string, string> = {
  board_red: 'red',
  board_amber: 'orange',
  clock_breached: 'volcano',
  ticket_overdue: 'magenta',
  review_overdue: 'purple',
};

/** The morning meeting's items with their owners; ticked off as they are discussed. */
export function AgendaList({ items, loading, onTick, ticking }: AgendaListProps) {
  const { t } = useTranslation();
  const { text } = useLocaleFormat();
  if (loading) return <Skeleton active paragraph={{ rows: 5 }} />;
  if (!items.length) return <Empty description={t('agenda.empty')} />;
  const done = items.filter((i) => i.done).length;
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12}>
        <Typography.Text>{t('agenda.progress', { done, total: items.length })}</Typography.Text>
        <Progress
          percent={Math.round((done / items.length) * 100)}
          size="small"
          style={{ maxWidth: 240, margin: 0 }}
        />
      </Flex>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="agenda-items">
        {items.map((item) => {
          const leadId = typeof item.detail.leadId === 'string' ? item.detail.leadId : null;
          const opportunityId =
            typeof item.detail.opportunityId === 'string' ? item.detail.opportunityId : null;
          return (
            <li key={item.id} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
              <Flex gap={12} align="flex-start">
                <Checkbox
                  checked={item.done}
                  disabled={!onTick || ticking === item.id}
                  aria-label={t('agenda.tick', { title: text(item.title) })}
                  onChange={(e) => onTick?.(item, e.target.checked)}
                  style={{ marginTop: 2 }}
                />
                <div style={{ minWidth: 0, flex: 1 }}>
                  <Typography.Text delete={item.done} type={item.done ? 'secondary' : undefined}>
                    {text(item.title)}
                  </Typography.Text>
                  <Flex gap={6} wrap style={{ marginTop: 4 }}>
                    <Tag color={KIND_COLORS[item.kind] ?? 'default'}>
                      {t(`agenda.kinds.${item.kind}`, { defaultValue: item.kind })}
                    </Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('agenda.owner', { name: item.ownerName ?? t('leads.unassigned') })}
                    </Typography.Text>
                    {leadId && (
                      <Link to={`/leads/${leadId}`} style={{ fontSize: 12 }}>
                        {t('agenda.openLead')}
                      </Link>
                    )}
                    {opportunityId && (
                      <Link to={`/opportunities/${opportunityId}`} style={{ fontSize: 12 }}>
                        {t('agenda.openOpportunity')}
                      </Link>
                    )}
                  </Flex>
                </div>
              </Flex>
            </li>
          );
        })}
      </ul>
    </Flex>
  );
}

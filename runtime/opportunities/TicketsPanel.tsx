import { Empty, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useKnowledgeSearch, type PreCheckTicket } from '../api/opportunities';
import { TicketCard } from './TicketCard';

/** C3: the opportunity's pre-check tickets and their verdicts. */
export function TicketsPanel({ tickets, loading }: { tickets: PreCheckTicket[]; loading?: boolean }) {
  const { t } = useTranslation();
  const knowledge = useKnowledgeSearch('', tickets.length > 0);
  if (loading) return <Skeleton active paragraph={{ rows: 3 }} />;
  if (!tickets.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opp.ticket.none')} />;
  return (
    <Flex vertical gap={8} data-testid="opportunity-tickets">
      {tickets.map((tk) => (
        <TicketCard key={tk.id} ticket={tk} knowledge={knowledge.data} />
      ))}
    </Flex>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Empty, Flex, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAnswerTicket, useKnowledgeSearch, useTickets, type PreCheckTicket } from '../api/opportunities';
import { TicketAnswerForm } from './TicketAnswerForm';
import { TicketCard } from './TicketCard';

type Show = 'open' | 'answered';

/** `/tickets`: the consultant's pre-check inbox — answer with a verdict, a note and knowledge links (C3). */
export function TicketsInboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [show, setShow] = useState<Show>('open');
  const tickets = useTickets({ assignee: 'me' });
  const answer = useAnswerTicket();
  const knowledge = useKnowledgeSearch('');
  const isOpen = (tk: PreCheckTicket) => tk.status !== 'answered' && !tk.verdict;
  const list = (tickets.data ?? []).filter((tk) => (show === 'open' ? isOpen(tk) : !isOpen(tk)));
  const openCount = (tickets.data ?? []).filter(isOpen).length;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('opp.inbox.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('opp.inbox.intro')}</Typography.Paragraph>
      <Segmented<Show>
        style={{ marginBottom: 12 }}
        aria-label={t('opp.inbox.show')}
        value={show}
        onChange={setShow}
        options={[
          { value: 'open', label: t('opp.inbox.open', { n: openCount }) },
          { value: 'answered', label: t('opp.inbox.answered') },
        ]}
      />
      {tickets.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : tickets.isError ? (
        <Alert
          type="error"
          showIcon
          title={t('opp.inbox.loadError')}
          description={tickets.error.message}
          action={<Button onClick={() => void tickets.refetch()}>{t('common.retry')}</Button>}
        />
      ) : list.length === 0 ? (
        <Empty description={show === 'open' ? t('opp.inbox.emptyOpen') : t('opp.inbox.emptyAnswered')} />
      ) : (
        <Flex vertical gap={12} data-testid="ticket-inbox">
          {list.map((tk) => (
            <TicketCard
              key={tk.id}
              ticket={tk}
              knowledge={knowledge.data}
              showOpportunity
              actions={
                isOpen(tk) ? (
                  <TicketAnswerForm
                    ticketId={tk.id}
                    submitting={answer.isPending && answer.variables?.id === tk.id}
                    onSubmit={(a) =>
                      answer
                        .mutateAsync({ id: tk.id, opportunityId: tk.opportunityId, ...a })
                        .then(() => message.success(t('opp.answer.sent')))
                    }
                  />
                ) : undefined
              }
            />
          ))}
        </Flex>
      )}
    </>
  );
}

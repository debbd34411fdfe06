import type { ReactNode } from 'react';
import { Card, Flex, Tag, Typography } from 'antd';
import { BookOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../common/Countdown';
import { currentLanguage, useLocaleFormat } from '../i18n';
import type { KnowledgeEntry, PreCheckTicket } from '../api/opportunities';
import { labelText } from './format';
import { VERDICT_COLORS } from './labels';

export interface TicketCardProps {
  ticket: PreCheckTicket;
  /** Show the opportunity it belongs to (inbox) — not needed on the opportunity page. */
  showOpportunity?: boolean;
  actions?: ReactNode;
  /** A fixed "now" for stories and tests. */
  now?: number;
  /** Knowledge entries to name the ticket's links by (keys and ids → titles). */
  knowledge?: KnowledgeEntry[];
}

/** C3: a pre-check ticket — what was triggered, who answers by when, and the feasibility verdict. */
export function TicketCard({ ticket, showOpportunity, actions, now, knowledge }: TicketCardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { dateTime } = useLocaleFormat();
  const answered = ticket.status === 'answered' || Boolean(ticket.verdict);
  const byKey = new Map((knowledge ?? []).filter((k) => k.key).map((k) => [k.key!, k]));
  const byId = new Map((knowledge ?? []).map((k) => [k.id, k]));
  // The trigger's links (keys) and, once answered, the entries the consultant linked (ids).
  const entries = [
    ...(ticket.knowledge ?? []),
    ...(ticket.knowledgeIds ?? []).map((id) => byId.get(id)).filter((k): k is KnowledgeEntry => Boolean(k)),
  ];
  const seen = new Set(entries.map((k) => k.key ?? k.id));
  const links = [
    ...entries.map((k) => ({
      key: k.key ?? k.id,
      label: labelText(k.title, lang, k.key ?? k.id),
      url: k.url,
    })),
    ...(ticket.knowledgeLinks ?? [])
      .filter((l) => !seen.has(l.key))
      .map((l) => {
        const k = byKey.get(l.key);
        return { key: l.key, label: labelText(k?.title ?? l.label, lang, l.key), url: k?.url };
      }),
  ];
  return (
    <Card
      size="small"
      data-testid="ticket-card"
      data-ticket={ticket.id}
      data-status={answered ? 'answered' : 'open'}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{labelText(ticket.title, lang, t('opp.ticket.untitled'))}</span>
          {ticket.priority === 'high' && <Tag color="volcano">{t('opp.ticket.high')}</Tag>}
        </Flex>
      }
      extra={
        answered && ticket.verdict ? (
          <Tag color={VERDICT_COLORS[ticket.verdict]} data-verdict={ticket.verdict}>
            {t(`opp.verdict.${ticket.verdict}`)}
          </Tag>
        ) : (
          <Tag color="processing">{t('opp.ticket.open')}</Tag>
        )
      }
    >
      <Flex vertical gap={6}>
        {showOpportunity && (
          <div>
            <Typography.Text type="secondary">{t('opp.ticket.opportunity')}：</Typography.Text>
            <Link to={`/opportunities/${ticket.opportunityId}`}>
              {ticket.opportunityName ?? ticket.opportunityId}
            </Link>
            {ticket.customerName ? ` · ${ticket.customerName}` : ''}
            {ticket.ownerName ? ` · ${ticket.ownerName}` : ''}
          </div>
        )}
        <div>
          <Typography.Text type="secondary">{t('opp.ticket.assignee')}：</Typography.Text>
          {ticket.assigneeName ?? t('opp.ticket.unassigned')}
        </div>
        {!answered && ticket.dueAt && (
          <div>
            <Typography.Text type="secondary">{t('opp.ticket.due')}：</Typography.Text>
            <Countdown startedAt={ticket.createdAt ?? ticket.dueAt} dueAt={ticket.dueAt} now={now} />
          </div>
        )}
        {answered && (
          <div data-testid="ticket-answer">
            <Typography.Text type="secondary">
              {t('opp.ticket.answeredAt', { at: dateTime(ticket.answeredAt) })}
            </Typography.Text>
            {ticket.note && (
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{ticket.note}</Typography.Paragraph>
            )}
          </div>
        )}
        {links.length > 0 && (
          <Flex gap={4} wrap align="center">
            <BookOutlined aria-label={t('opp.knowledge.title')} />
            {links.map((k) =>
              k.url ? (
                <Tag key={k.key}>
                  <a href={k.url} target="_blank" rel="noreferrer">
                    {k.label}
                  </a>
                </Tag>
              ) : (
                <Tag key={k.key}>{k.label}</Tag>
              ),
            )}
          </Flex>
        )}
        {actions}
      </Flex>
    </Card>
  );
}

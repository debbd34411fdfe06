// The morning meeting's agenda (MISSION.md L8, "MorningAgenda"): which date the next meeting is
// on, and the items that red (or, by policy, amber) board rows, breached clocks and overdue
// delivery work (pre-check tickets, freeze reviews: C4, C5) become.
import type { BoardPolicy } from '../schemas';
import type { BoardMetric, BoardReason, Light } from './board';
import { addDays, parseTimeOfDay, toLocal } from './timezone';
import type { I18nText } from './types';

/** The date ("YYYY-MM-DD", local) of the first meeting at or after `now` (ms). */
export function nextMeetingDate(
  now: number,
  agenda: BoardPolicy['agenda'],
  isWorkingDay: (date: string) => boolean,
): string {
  const local = toLocal(agenda.timezone, now);
  const meets = (date: string) => !agenda.workdaysOnly || isWorkingDay(date);
  let date = local.msOfDay < parseTimeOfDay(agenda.meetingTime) ? local.date : addDays(local.date, 1);
  // The longest Chinese holiday stretch is 9 days; 31 covers any calendar.
  for (let i = 0; i < 31 && !meets(date); i++) date = addDays(date, 1);
  return date;
}

export interface AgendaItemDraft {
  kind: 'board_red' | 'board_amber' | 'clock_breached' | 'ticket_overdue' | 'review_overdue';
  /** One item per date, kind and ref (the agenda is rebuilt idempotently). */
  ref: string;
  ownerId: string | null;
  teamId: string | null;
  title: I18nText;
  detail: Record<string, unknown>;
}

export const METRIC_LABELS: Record<BoardMetric, I18nText> = {
  pendingLeads: { zh: '待响应线索', en: 'leads awaiting response' },
  staleCustomers: { zh: '超时未跟进客户', en: 'customers not followed up' },
  unreadRate: { zh: '方案未读率', en: 'proposal unread rate' },
  overdue: { zh: '超时时钟', en: 'overdue clocks' },
};

const show = (metric: BoardMetric, v: number) =>
  metric === 'unreadRate' ? `${Math.round(v * 100)}%` : String(v);

export interface AgendaBoardRow {
  repId: string;
  repName: string;
  teamId: string | null;
  light: Light;
  reasons: readonly BoardReason[];
}

/** One item per rep and metric whose light the policy includes (red by default). */
export function boardAgendaItems(rows: readonly AgendaBoardRow[], policy: BoardPolicy): AgendaItemDraft[] {
  const include = new Set<string>(policy.agenda.include);
  const items: AgendaItemDraft[] = [];
  for (const row of rows)
    for (const r of row.reasons) {
      if (!include.has(r.light)) continue;
      const label = METRIC_LABELS[r.metric];
      const value = show(r.metric, r.value);
      const threshold = show(r.metric, r.threshold);
      items.push({
        kind: r.light === 'red' ? 'board_red' : 'board_amber',
        ref: `${row.repId}:${r.metric}`,
        ownerId: row.repId,
        teamId: row.teamId,
        title: {
          zh: `${row.repName}：${label.zh} ${value}（${r.light === 'red' ? '红线' : '黄线'} ${threshold}）`,
          en: `${row.repName}: ${label.en} ${value} (${r.light} at ${threshold})`,
        },
        detail: { metric: r.metric, value: r.value, threshold: r.threshold, light: r.light },
      });
    }
  return items;
}

export interface BreachedClock {
  clockId: string;
  kind: string;
  label: I18nText;
  leadId: string;
  leadName: string;
  company: string | null;
  ownerId: string | null;
  teamId: string | null;
  dueAt: string;
}

export function clockAgendaItem(c: BreachedClock): AgendaItemDraft {
  const who = c.company ? `${c.leadName}（${c.company}）` : c.leadName;
  const whoEn = c.company ? `${c.leadName} (${c.company})` : c.leadName;
  return {
    kind: 'clock_breached',
    ref: c.clockId,
    ownerId: c.ownerId,
    teamId: c.teamId,
    title: { zh: `超时：${c.label.zh} — ${who}`, en: `Overdue: ${c.label.en} — ${whoEn}` },
    detail: { clockKind: c.kind, leadId: c.leadId, dueAt: c.dueAt },
  };
}

/** Delivery work that holds up a deal and is past its due time: a pre-check ticket or a freeze review. */
export interface OverdueWork {
  kind: 'ticket' | 'review';
  id: string;
  opportunityId: string;
  opportunityName: string;
  /** The ticket's own title (tickets only). */
  title?: I18nText;
  /** Who has to act: the ticket's consultant, the review's approvers. */
  waitingOn: string[];
  /** The deal's owner and team: the item sits on their line of the sales meeting. */
  ownerId: string | null;
  teamId: string | null;
  dueAt: string;
}

/** An escalation item for the sales meeting: the deal is blocked on delivery work that is late. */
export function overdueWorkItem(w: OverdueWork): AgendaItemDraft {
  const zhWho = w.waitingOn.length ? `（待 ${w.waitingOn.join('、')}）` : '';
  const enWho = w.waitingOn.length ? ` (waiting on ${w.waitingOn.join(', ')})` : '';
  const detail = {
    opportunityId: w.opportunityId,
    [`${w.kind}Id`]: w.id,
    dueAt: w.dueAt,
    waitingOn: w.waitingOn,
  };
  if (w.kind === 'ticket')
    return {
      kind: 'ticket_overdue',
      ref: w.id,
      ownerId: w.ownerId,
      teamId: w.teamId,
      title: {
        zh: `预检工单超时：${w.title?.zh ?? ''} — ${w.opportunityName}${zhWho}`,
        en: `Pre-check ticket overdue: ${w.title?.en ?? ''} — ${w.opportunityName}${enWho}`,
      },
      detail,
    };
  return {
    kind: 'review_overdue',
    ref: w.id,
    ownerId: w.ownerId,
    teamId: w.teamId,
    title: {
      zh: `冻结评审超时：${w.opportunityName}${zhWho}`,
      en: `Freeze review overdue: ${w.opportunityName}${enWho}`,
    },
    detail,
  };
}

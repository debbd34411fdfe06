// Readable zh/en lines for the events of a lead's timeline (GET /api/leads/:id/timeline).
import type { TFunction } from 'i18next';
import { LEAD_EVENT_TYPES } from '../api/events';
import type { TimelineEvent } from '../api/lifecycle-types';
import { channelLabel } from '../leads/labels';

export type EventColor = 'blue' | 'green' | 'red' | 'orange' | 'gray';

const KNOWN = new Set<string>(LEAD_EVENT_TYPES);

const COLORS: Record<string, EventColor> = {
  'lead.assigned': 'green',
  'touch.logged': 'green',
  'clock.met': 'green',
  'lead.qualified': 'green',
  'clock.warned': 'orange',
  'lead.escalated': 'orange',
  'lead.reassigned': 'orange',
  'clock.breached': 'red',
  'lead.returned': 'red',
  'lead.disqualified': 'gray',
  'lead.pooled': 'gray',
};

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

export function clockKindLabel(t: TFunction, kind: string): string {
  return t(`clocks.kinds.${kind}`, { defaultValue: kind });
}

export function touchChannelLabel(t: TFunction, channel: string): string {
  return t(`touch.channels.${channel}`, { defaultValue: channel });
}

/** The event's title and (optional) detail line in the UI language. */
export function describeEvent(
  t: TFunction,
  e: TimelineEvent,
): { title: string; detail: string; color: EventColor } {
  const d = e.data;
  const title = KNOWN.has(e.type) ? t(`timeline.types.${e.type}`) : e.type;
  const clock = d.kind ? clockKindLabel(t, str(d.kind)) : '';
  let detail = '';
  switch (e.type) {
    case 'lead.created':
      detail = d.channel ? channelLabel(t, str(d.channel)) : '';
      break;
    case 'lead.graded':
      detail = t('timeline.graded', { grade: str(d.class), score: str(d.score) });
      break;
    case 'lead.assigned':
    case 'lead.pooled':
    case 'lead.returned':
      detail = str(d.reason);
      break;
    case 'lead.reassigned':
      detail = t('timeline.reassigned', { name: str(d.toName) || '—' });
      break;
    case 'lead.escalated':
      detail = d.supervisorName ? t('timeline.escalated', { clock, name: str(d.supervisorName) }) : clock;
      break;
    case 'clock.started':
    case 'clock.warned':
    case 'clock.breached':
    case 'clock.met':
      detail = clock;
      break;
    case 'touch.logged':
      detail = d.channel ? touchChannelLabel(t, str(d.channel)) : '';
      break;
    case 'lead.tagged':
      detail = Array.isArray(d.tags) ? d.tags.join('、') : '';
      break;
    case 'proposal.started':
    case 'quote.sent':
    case 'proposal.viewed':
      detail = str(d.title);
      break;
    case 'quote.feedback':
      detail = str(d.note);
      break;
    case 'lead.qualified':
    case 'lead.disqualified':
      detail = str(d.reason);
      break;
  }
  return { title, detail, color: COLORS[e.type] ?? 'blue' };
}

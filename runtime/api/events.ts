// The live event stream (`GET /api/events`, Server-Sent Events): one EventSource per signed-in
// tab, reconnected with back-off when the server closes it, and the react-query keys each event
// makes stale. The server names every event (`event: lead.assigned`), so each type is listened to.
import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from './keys';
import type { LiveEvent } from './lifecycle-types';

/** Everything that happens to a lead; its timeline shows each of these. */
export const LEAD_EVENT_TYPES = [
  'lead.created',
  'lead.graded',
  'lead.assigned',
  'lead.pooled',
  'lead.tagged',
  'lead.untagged',
  'lead.qualified',
  'lead.disqualified',
  'lead.escalated',
  'lead.reassigned',
  'lead.returned',
  'touch.logged',
  'proposal.started',
  'proposal.viewed',
  'quote.sent',
  'quote.feedback',
  'clock.started',
  'clock.warned',
  'clock.breached',
  'clock.met',
] as const;

export const LIVE_EVENT_TYPES = [...LEAD_EVENT_TYPES, 'job.progress'] as const;

const LEAD_PREFIXES = ['lead.', 'touch.', 'clock.', 'proposal.', 'quote.'];

/** What an event makes stale: lists, the lead itself (detail, timeline, touches), board and agenda. */
export function invalidationsFor(e: LiveEvent): QueryKey[] {
  if (e.type === 'job.progress') {
    const state = e.data.state;
    return state === 'done' || state === 'failed' ? [queryKeys.leadsAll, queryKeys.board] : [];
  }
  if (!LEAD_PREFIXES.some((p) => e.type.startsWith(p))) return [];
  const keys: QueryKey[] = [queryKeys.leadsAll, queryKeys.board];
  if (e.leadId) keys.push(queryKeys.lead(e.leadId));
  if (e.type === 'clock.breached' || e.type === 'lead.escalated') keys.push(queryKeys.agendaAll);
  if (e.type.startsWith('clock.') || e.type === 'touch.logged') keys.push(queryKeys.kpisAll);
  return keys;
}

export type StreamState = 'connecting' | 'open' | 'reconnecting' | 'off';

export interface EventStreamOptions {
  url?: string;
  onEvent: (e: LiveEvent) => void;
  onState?: (s: StreamState) => void;
  /** Called when the stream opens again after a break: events may have been missed. */
  onResync?: () => void;
  /** Injected in tests; defaults to the browser's EventSource. */
  EventSourceImpl?: typeof EventSource;
  backoffMs?: (attempt: number) => number;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 2_000 * 2 ** Math.min(attempt, 4));

/** Opens the stream; returns the function that closes it for good. */
export function openEventStream(opts: EventStreamOptions): () => void {
  const Impl = opts.EventSourceImpl ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  if (!Impl) {
    opts.onState?.('off');
    return () => {};
  }
  const backoff = opts.backoffMs ?? defaultBackoff;
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let broken = false;
  let closed = false;

  const handle = (msg: MessageEvent<string>) => {
    try {
      const parsed = JSON.parse(msg.data) as LiveEvent;
      opts.onEvent({ ...parsed, type: parsed.type ?? msg.type });
    } catch {
      /* a malformed event is skipped */
    }
  };

  const connect = () => {
    opts.onState?.(broken ? 'reconnecting' : 'connecting');
    const es = new Impl(opts.url ?? '/api/events', { withCredentials: false });
    source = es;
    for (const type of LIVE_EVENT_TYPES) es.addEventListener(type, handle as EventListener);
    es.onopen = () => {
      attempt = 0;
      opts.onState?.('open');
      if (broken) opts.onResync?.();
      broken = false;
    };
    es.onerror = () => {
      broken = true;
      if (es.readyState === 2 /* CLOSED: HTTP error, the browser gave up */) {
        es.close();
        if (!closed) timer = setTimeout(connect, backoff(attempt++));
      }
      opts.onState?.('reconnecting');
    };
  };
  connect();
  return () => {
    closed = true;
    clearTimeout(timer);
    source?.close();
    opts.onState?.('off');
  };
}

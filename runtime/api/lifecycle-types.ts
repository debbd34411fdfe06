// UI-side types of the lead-lifecycle API (issue 3): clocks, timeline, touches, proposals, import
// jobs, board, agenda, KPIs and the admin settings. Keep them in step with server/routes.
import type { FieldError, I18nText, Lead } from './types';

export type ClockState = 'running' | 'met' | 'breached' | 'cancelled';

/** An SLA clock of a lead (`GET /api/leads/:id` → `clocks`). */
export interface SlaClock {
  id: string;
  kind: string;
  label: I18nText | null;
  state: ClockState;
  time: 'wall' | 'business' | null;
  startedAt: string;
  dueAt: string;
  stoppedAt: string | null;
  stoppedBy: string | null;
  nextFireAt: string | null;
}

/** `GET /api/leads/:id`: the lead with its clocks and how it was assigned. */
export interface LeadDetail extends Lead {
  note?: string | null;
  clocks: SlaClock[];
  assignment?: { reason: string | null } | null;
  touchedAt?: string | null;
  createdVia?: string;
  assignedAt?: string | null;
  duplicateOf?: string | null;
}

export interface TimelineEvent {
  id: string;
  type: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown>;
}

export const TOUCH_CHANNELS = ['call', 'wechat', 'wecom', 'visit', 'email', 'meeting', 'other'] as const;
export type TouchChannel = (typeof TOUCH_CHANNELS)[number];

export interface PainPoint {
  keyword: string;
  category: string;
  categoryLabel: I18nText;
  count: number;
  field?: string;
}

export interface TouchKeywords {
  phrases: string[];
  painPoints: PainPoint[];
}

export interface Touch {
  id: string;
  leadId: string;
  channel: TouchChannel | string;
  at: string;
  note: string | null;
  transcript: string | null;
  keywords: TouchKeywords;
  userId: string | null;
  userName: string | null;
  createdAt: string;
}

export interface TouchInput {
  channel: TouchChannel;
  at?: string;
  note?: string;
  transcript?: string;
}

export interface Proposal {
  id: string;
  leadId: string;
  kind: 'proposal' | 'quote';
  title: string;
  amount: number | null;
  token: string;
  url: string;
  sentAt: string;
  firstViewedAt: string | null;
  viewCount: number;
}

export interface ProposalInput {
  kind: 'proposal' | 'quote';
  title: string;
  body?: string;
  amount?: number;
}

/** `POST /api/leads` answer. */
export interface LeadCreated {
  id: string;
  ownerId: string | null;
  status: string;
  duplicateOf?: string | null;
}

// ---- import ----
export interface ImportFieldInfo {
  path: string;
  kind: string;
  label: I18nText;
  options?: { value: string; label: I18nText }[];
}

export interface ImportSampleRow {
  rowNumber: number;
  cells: Record<string, unknown>;
  lead: Record<string, unknown>;
  errors: FieldError[];
}

export type ColumnMapping = Record<string, string>;

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx' | string;
  headers: string[];
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping;
  sampleRows: ImportSampleRow[];
  fields: ImportFieldInfo[];
}

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: string;
  state: JobState;
  total: number;
  processed: number;
  accepted: number;
  rejected: number;
  fileName: string | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

// ---- board, agenda, KPIs ----
export type Light = 'green' | 'amber' | 'red';
export type BoardMetric = 'pendingLeads' | 'staleCustomers' | 'unreadRate' | 'overdue';

export interface BoardReason {
  metric: BoardMetric;
  light: Exclude<Light, 'green'>;
  value: number;
  threshold: number;
}

export interface BoardRow {
  repId: string;
  repName: string;
  teamId: string | null;
  teamName: string | null;
  pendingLeads: number;
  staleCustomers: number;
  unreadRate: number | null;
  proposalsSent: number;
  proposalsUnread: number;
  overdue: number;
  light: Light;
  reasons: BoardReason[];
}

export interface Board {
  at: string;
  rows: BoardRow[];
  totals: Record<Light, number>;
  refreshSeconds: number;
}

export interface AgendaItem {
  id: string;
  kind: 'board_red' | 'board_amber' | 'clock_breached' | 'ticket_overdue' | 'review_overdue' | string;
  ref: string;
  title: I18nText;
  ownerId: string | null;
  ownerName: string | null;
  teamId: string | null;
  detail: Record<string, unknown>;
  done: boolean;
  doneBy: string | null;
  doneAt: string | null;
}

export interface Agenda {
  date: string;
  nextMeeting: string;
  items: AgendaItem[];
}

export interface KpiComponentScore {
  id: string;
  label: I18nText;
  weight: number;
  effectiveWeight: number;
  raw: number | null;
  normalised: number | null;
  contribution: number;
  detail?: I18nText;
}

export interface RepKpi {
  repId: string;
  repName: string;
  teamId: string | null;
  score: number | null;
  components: KpiComponentScore[];
}

export interface KpiReport {
  period: string;
  from: string;
  to: string;
  items: RepKpi[];
}

// ---- settings ----
export interface LeadSource {
  id: string;
  name: string;
  channel: string;
  active: boolean;
  createdAt: string;
  lastDeliveryAt: string | null;
  webhookPath: string;
}

export interface NotifyChannel {
  id: string;
  kind: 'wecom' | 'dingtalk';
  name: string;
  url: string;
  signed: boolean;
  teamId: string | null;
  events: string[];
  active: boolean;
  createdAt: string;
}

export const NOTIFY_EVENTS = [
  'lead.assigned',
  'clock.warned',
  'clock.breached',
  'lead.escalated',
  'lead.reassigned',
  'lead.returned',
] as const;

export interface NotifyChannelInput {
  kind: 'wecom' | 'dingtalk';
  name: string;
  url: string;
  secret?: string;
  events: string[];
}

export interface Notification {
  id: string;
  channelId: string;
  kind: string;
  event: string;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A domain event pushed over `GET /api/events`. */
export interface LiveEvent {
  type: string;
  at: string;
  leadId?: string;
  ownerId?: string | null;
  data: Record<string, unknown>;
}

import type { TFunction } from 'i18next';
import { CHANNELS, LEAD_STATUSES, type Channel, type LeadStatus } from '../api/types';

export function channelLabel(t: TFunction, channel: string): string {
  return (CHANNELS as readonly string[]).includes(channel) ? t(`channels.${channel as Channel}`) : channel;
}

export function statusLabel(t: TFunction, status: string): string {
  return (LEAD_STATUSES as readonly string[]).includes(status)
    ? t(`statuses.${status as LeadStatus}`)
    : status;
}

export const STATUS_COLORS: Record<LeadStatus, string> = {
  new: 'processing',
  assigned: 'cyan',
  contacted: 'geekblue',
  qualified: 'success',
  disqualified: 'default',
  pooled: 'warning',
  converted: 'purple',
};

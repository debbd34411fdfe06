// Reactions that commit together with every lead event (events/record.ts).
import type { LeadEventReactor } from './events/record';

export const leadEventReactors: LeadEventReactor[] = [];

// Reactions that commit together with every lead event (events/record.ts).
import type { LeadEventReactor } from './events/record';
import { enqueueNotifications } from './notify/enqueue';
import { clockReactor } from './clocks/reactor';

export const leadEventReactors: LeadEventReactor[] = [clockReactor, enqueueNotifications];

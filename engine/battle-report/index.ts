export { buildBattleReport } from './build';
export { rankQueue, urgencyOf, nextDue, type QueueEntry, type Urgency } from './queue';
export type * from './types';

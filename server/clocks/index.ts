// SLA clocks (MISSION.md L5–L7): the reactor that starts and stops them with lead events, the
// scheduler that fires their escalation ladders, and the read side for the lead view.
export { clockReactor } from './reactor';
export { createScheduler, startScheduler, type Scheduler, type SchedulerOptions } from './scheduler';
export { leadClocks, leadTimeline } from './query';

/** Today's battle report (MISSION.md W2): what a rep's input caused, from real events. */
export interface BattleTouch {
  leadId: string;
  leadName: string;
  channel: string;
  at: string;
  keywordCount: number;
  painPoints: string[];
}

export interface BattleLead {
  id: string;
  name: string;
  gradeClass: string;
  assignedAt: string | null;
  /** First touch after assignment, if any. */
  firstTouchAt: string | null;
}

export interface BattleProposal {
  leadName: string;
  kind: 'proposal' | 'quote' | string;
  title: string;
  sentAt: string;
  /** Opens on the report's day, and in total. */
  viewsToday: number;
  viewCount: number;
}

export interface BattleForm {
  subjectName: string;
  savedAt: string;
  completeness: number;
  /** Fields filled from a pasted chat (C7 provenance). */
  autoFilled: number;
}

export interface BattleClock {
  leadName: string;
  kind: string;
  state: 'met' | 'breached' | 'running';
  at: string;
}

export interface BattleInput {
  /** Start and end (exclusive) of the report's day, ISO instants. */
  from: string;
  to: string;
  now: string;
  touches: BattleTouch[];
  leads: BattleLead[];
  proposals: BattleProposal[];
  forms: BattleForm[];
  clocks: BattleClock[];
  /** Who picks up requirement forms (product consultants), by name. */
  consultants: string[];
  /** Hours the consultants have to answer (from the SLA), when known. */
  consultantHours: number | null;
  /** Minutes within which an A lead counts as touched fast (L5's 5-30-120: 30). */
  fastMinutes: number;
}

export type BattleCardKind =
  | 'fastTouch'
  | 'touches'
  | 'painPoints'
  | 'proposalOpened'
  | 'proposalsSent'
  | 'requirementsSynced'
  | 'clocksMet'
  | 'clocksBreached'
  | 'quiet';

/** A card: the UI words it from the i18n catalogue with these counts and names. */
export interface BattleCard {
  kind: BattleCardKind;
  tone: 'success' | 'info' | 'warning';
  count: number;
  names: string[];
  params: Record<string, string | number>;
}

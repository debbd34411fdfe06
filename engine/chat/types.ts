/** Chat auto-fill (MISSION.md C7): what the extractor reads and what it suggests. */

/** One line of message text, with the (1-based) line of the pasted text it came from. */
export interface ChatLine {
  line: number;
  /** Who wrote it, when the paste format says so. */
  speaker: string | null;
  /** "HH:MM" when the paste format says so. */
  time: string | null;
  text: string;
}

/** Where a suggestion was found: the pasted line and its message text. */
export interface SuggestionSource {
  line: number;
  text: string;
  speaker?: string | null;
}

/** Field keys: the field catalogue's paths (contact.name, company.name, amount) or the requirement form's keys. */
export type SuggestionField =
  | 'budget'
  | 'amount'
  | 'expectedGoLive'
  | 'expectedClose'
  | 'touch.at'
  | 'contact.name'
  | 'contact.title'
  | 'contact.phone'
  | 'contact.email'
  | 'company.name'
  | 'existingSystems'
  | 'integrations'
  | 'erpProduct'
  | 'mesStatus'
  | 'wmsStatus'
  | 'decisionFlow'
  | 'painPoints'
  | 'projectGoal'
  | 'integrationNotes';

export interface Suggestion {
  field: SuggestionField;
  /** Amounts in yuan (number), dates as "YYYY-MM-DD", systems as a list, people as nodes. */
  value: unknown;
  source: SuggestionSource;
  /** 0..1: how sure the rule that found it is. */
  confidence: number;
  /** The words the value was read from, e.g. "35万" or "下周三". */
  match: string;
  /** For existingSystems: the rows of the systems table (name, category, vendor). */
  rows?: { name: string; category: string; vendor?: string }[];
}

export interface ExtractOptions {
  /** The instant "now" (ms since the epoch): relative dates (明天, 下周三, 月底) resolve from it. */
  now: number;
  /** IANA time zone of the organisation; default Asia/Shanghai. */
  timezone?: string;
  /** The rep's own name(s): their messages' speaker is not a customer contact. */
  self?: readonly string[];
}

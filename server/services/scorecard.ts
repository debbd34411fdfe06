// L3/F7 studio: suggest a grading scorecard from an uploaded CSV of historical leads. The fit
// uses only the training rows; the held-out rows (Lead Number mod 10 ∈ {0, 1, 2} when that
// column exists, else every row whose index mod 10 ∈ {0, 1, 2}) are only measured. With a
// column → lead-field mapping the rules read lead fields and can be opened as a
// grading-rules draft in the editor.
import { checkArtifact } from '../../engine';
import {
  evaluateScorecard,
  fitScorecard,
  type Candidate,
  type Row,
  type ScorecardEvaluation,
} from '../../engine/scorecard';
import { findField } from '../../schemas';
import { COMMON_SENSE_RULES, COMMON_SENSE_THRESHOLDS } from '../cli/common-sense-rules';
import { readCsvFile } from '../cli/csv';
import { badRequest } from '../http/errors';

export interface SuggestInput {
  target: string;
  exclude: string[];
  /** CSV column → lead field path (optional). */
  mapping: Record<string, string> | null;
  maxConditions: number;
}

export interface SuggestedRule {
  id: string;
  label: { zh: string; en: string };
  category: 'source' | 'behaviour' | 'firmographic' | 'engagement' | 'other';
  when: unknown;
  points: number;
  /** The CSV column(s) the rule reads. */
  columns: string[];
}

export interface ScorecardSuggestion {
  rows: { total: number; training: number; holdout: number; holdoutRule: string };
  columns: { used: string[]; skipped: string[]; excluded: string[] };
  content: {
    entity: 'lead';
    rules: SuggestedRule[];
    thresholds: { A: number; B: number; C: number };
  };
  training: { auc: number | null; unroundedAuc: number | null };
  evaluation: ScorecardEvaluation;
  /** The hand-written common-sense rule set, when the CSV has its columns. */
  baseline: (ScorecardEvaluation & { rules: number }) | null;
  /** Problems that keep the rules from being saved as a draft (unmapped columns…). */
  draftIssues: { path: string; message: string }[];
}

export const MAX_SCORECARD_ROWS = 50_000;

const HOLDOUT = [0, 1, 2];

function splitRows(rows: Row[]): { train: Row[]; held: Row[]; rule: string } {
  const byNumber = rows.length > 0 && rows.every((r) => /^\d+$/.test(r['Lead Number'] ?? ''));
  const isHeld = (r: Row, i: number) => HOLDOUT.includes((byNumber ? Number(r['Lead Number']) : i) % 10);
  return {
    train: rows.filter((r, i) => !isHeld(r, i)),
    held: rows.filter((r, i) => isHeld(r, i)),
    rule: byNumber ? 'Lead Number mod 10 ∈ {0,1,2}' : 'row mod 10 ∈ {0,1,2}',
  };
}

/** Replaces {"var": column} by {"var": mapped path} throughout a JSON Logic rule. */
function renameVars(rule: unknown, mapping: Record<string, string>): unknown {
  if (Array.isArray(rule)) return rule.map((r) => renameVars(r, mapping));
  if (rule && typeof rule === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rule)) {
      out[k] = k === 'var' && typeof v === 'string' ? (mapping[v] ?? v) : renameVars(v, mapping);
    }
    return out;
  }
  return rule;
}

function conditionText(
  c: NonNullable<Candidate['parts']>[number],
  lang: 'zh' | 'en',
  name: (col: string) => string,
): string {
  const v = c.value === '' ? (lang === 'zh' ? '（空）' : '(empty)') : String(c.value);
  if (c.kind === 'atLeast') return `${name(c.column)} ≥ ${v}`;
  if (c.kind === 'oneOf') return `${name(c.column)} ∈ {${(c.value as string[]).join(', ')}}`;
  return lang === 'zh' ? `${name(c.column)} 为 ${v}` : `${name(c.column)} = ${v}`;
}

function categoryOf(path: string | undefined): SuggestedRule['category'] {
  if (!path) return 'other';
  if (path.startsWith('source.')) return 'source';
  if (path.startsWith('behaviour.')) return 'behaviour';
  if (path.startsWith('company.') || path.startsWith('contact.')) return 'firmographic';
  return 'other';
}

export function validateSuggestInput(fields: Record<string, unknown>): SuggestInput {
  const errors: { path: string; message: string }[] = [];
  const target = typeof fields.target === 'string' ? fields.target.trim() : '';
  if (!target)
    errors.push({ path: '/target', message: 'name the column that says whether the lead converted' });
  const parseJson = (key: string): unknown => {
    const raw = fields[key];
    if (raw === undefined || raw === '') return undefined;
    if (typeof raw !== 'string') return raw;
    try {
      return JSON.parse(raw);
    } catch {
      errors.push({ path: `/${key}`, message: 'must be JSON' });
      return undefined;
    }
  };
  const exclude = parseJson('exclude') ?? [];
  if (!Array.isArray(exclude) || !exclude.every((x) => typeof x === 'string')) {
    errors.push({ path: '/exclude', message: 'must be a JSON array of column names' });
  }
  const mapping = parseJson('mapping') ?? null;
  if (
    mapping !== null &&
    (typeof mapping !== 'object' ||
      Array.isArray(mapping) ||
      !Object.values(mapping).every((v) => typeof v === 'string'))
  ) {
    errors.push({ path: '/mapping', message: 'must be JSON: {"column header": "lead.field.path"}' });
  } else if (mapping) {
    for (const [col, path] of Object.entries(mapping as Record<string, string>)) {
      if (!findField('lead', path))
        errors.push({ path: `/mapping/${col}`, message: `"${path}" is not a lead field` });
    }
  }
  const maxRaw = fields.maxConditions ?? 15;
  const maxConditions = Number(maxRaw);
  if (!Number.isInteger(maxConditions) || maxConditions < 1 || maxConditions > 30) {
    errors.push({ path: '/maxConditions', message: 'must be an integer from 1 to 30' });
  }
  if (errors.length) throw badRequest(errors);
  return {
    target,
    exclude: exclude as string[],
    mapping: mapping as Record<string, string> | null,
    maxConditions,
  };
}

/** Fits, measures and shapes the suggestion from a CSV file on disk. */
export function suggestScorecard(csvPath: string, input: SuggestInput): ScorecardSuggestion {
  let rows: Row[];
  try {
    rows = readCsvFile(csvPath);
  } catch (e) {
    throw badRequest([{ path: '/file', message: `not a readable CSV: ${(e as Error).message}` }]);
  }
  if (rows.length < 50) throw badRequest([{ path: '/file', message: 'needs at least 50 historical leads' }]);
  if (rows.length > MAX_SCORECARD_ROWS) {
    throw badRequest([{ path: '/file', message: `at most ${MAX_SCORECARD_ROWS} rows` }]);
  }
  const header = Object.keys(rows[0] ?? {});
  if (!header.includes(input.target)) {
    throw badRequest([{ path: '/target', message: `column "${input.target}" is not in the file` }]);
  }
  const unknown = [...input.exclude, ...Object.keys(input.mapping ?? {})].filter((c) => !header.includes(c));
  if (unknown.length) {
    throw badRequest(unknown.map((c) => ({ path: '/exclude', message: `column "${c}" is not in the file` })));
  }
  const { train, held, rule } = splitRows(rows);
  const positives = train.filter((r) =>
    /^(1|true|yes|y|converted|won)$/i.test((r[input.target] ?? '').trim()),
  ).length;
  if (positives === 0 || positives === train.length) {
    throw badRequest([
      { path: '/target', message: 'the target column needs both converted and not converted leads' },
    ]);
  }
  const mapping = input.mapping;
  // With a mapping only mapped columns may feed the rules (they must read lead fields).
  const exclude = mapping ? header.filter((c) => c !== input.target && !(c in mapping)) : input.exclude;
  const card = fitScorecard(train, input.target, exclude, { maxConditions: input.maxConditions });
  const evaluation = evaluateScorecard(card, held, input.target);
  const name = (col: string, lang: 'zh' | 'en') => {
    const f = mapping?.[col] ? findField('lead', mapping[col] as string) : undefined;
    return f ? f.label[lang] : col;
  };
  const rules: SuggestedRule[] = card.rules.map((r, i) => {
    const text = (lang: 'zh' | 'en') =>
      r.parts.map((p) => conditionText(p, lang, (c) => name(c, lang))).join(lang === 'zh' ? ' 且 ' : ' and ');
    const columns = r.parts.map((p) => p.column);
    return {
      id: `fit_${String(i + 1).padStart(2, '0')}`,
      label: { zh: text('zh').slice(0, 120), en: text('en').slice(0, 120) },
      category: categoryOf(mapping?.[columns[0] as string]),
      when: mapping ? renameVars(r.when, mapping) : r.when,
      points: r.points,
      columns,
    };
  });
  const content = { entity: 'lead' as const, rules, thresholds: card.thresholds };
  const draftIssues = mapping
    ? checkArtifact('grading-rules', {
        ...content,
        rules: rules.map(({ columns: _c, ...r }) => r),
      }).map((e) => ({ path: `/content${e.path}`, message: e.message }))
    : [{ path: '/mapping', message: 'map the columns to lead fields to open the rules as a draft' }];
  const baselineColumns = new Set(
    COMMON_SENSE_RULES.flatMap((r) => JSON.stringify(r.when).match(/"var":"([^"]+)"/g) ?? []).map((m) =>
      m.slice(7, -1),
    ),
  );
  const baseline = [...baselineColumns].every((c) => header.includes(c))
    ? {
        ...evaluateScorecard(
          { rules: COMMON_SENSE_RULES, thresholds: COMMON_SENSE_THRESHOLDS },
          held,
          input.target,
        ),
        rules: COMMON_SENSE_RULES.length,
      }
    : null;
  return {
    rows: { total: rows.length, training: train.length, holdout: held.length, holdoutRule: rule },
    columns: { used: card.columns, skipped: card.skippedColumns, excluded: exclude },
    content,
    training: card.training,
    evaluation,
    baseline,
    draftIssues,
  };
}

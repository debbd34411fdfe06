/**
 * Historical deals for the backtest (F7): CSV + column mapping → normalised deals.
 * The built-in mapping reads Maven Analytics' crm-maven `sales_pipeline.csv` (products.csv
 * gives the expected value of open and lost deals; accounts.csv and sales_teams.csv add
 * attributes from which signals are derived).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CRM_MAVEN_SIGNALS, type DerivedSignal } from './crm-signals';
import { readCsvFile, type CsvRow } from './csv';

export interface DealMapping {
  columns: {
    id: string;
    stage: string;
    engagedAt: string;
    closedAt: string;
    amount: string;
    owner?: string;
    product?: string;
    account?: string;
  };
  stages: { won: string[]; lost: string[]; open?: string[] };
  /** Expected value lookup (e.g. list price per product), path relative to the deals CSV. */
  expectedValue?: {
    file: string;
    key: string;
    column: string;
    /** Deal column whose value is looked up. */
    by: string;
    aliases?: Record<string, string>;
  };
  /** Extra attribute tables joined by a deal column, paths relative to the deals CSV. */
  joins?: { file: string; key: string; by: string; prefix: string }[];
  /** Signals derived from the deal's attributes (JSON Logic; none → every deal scores 0). */
  signals?: DerivedSignal[];
}

export const CRM_MAVEN_MAPPING: DealMapping = {
  columns: {
    id: 'opportunity_id',
    stage: 'deal_stage',
    engagedAt: 'engage_date',
    closedAt: 'close_date',
    amount: 'close_value',
    owner: 'sales_agent',
    product: 'product',
    account: 'account',
  },
  stages: { won: ['Won'], lost: ['Lost'], open: ['Engaging', 'Prospecting'] },
  expectedValue: {
    file: 'products.csv',
    key: 'product',
    column: 'sales_price',
    by: 'product',
    aliases: { GTXPro: 'GTX Pro' },
  },
  joins: [
    { file: 'accounts.csv', key: 'account', by: 'account', prefix: 'customer.' },
    { file: 'sales_teams.csv', key: 'sales_agent', by: 'sales_agent', prefix: 'team.' },
  ],
  signals: CRM_MAVEN_SIGNALS,
};

export interface HistoricalDeal {
  id: string;
  owner: string;
  stage: string;
  /** Instant the deal entered the pipeline (engagement), null if never. */
  engagedAt: number | null;
  closedAt: number | null;
  won: boolean;
  closed: boolean;
  /** Won value (close value) for won deals, else 0. */
  wonValue: number;
  /** Expected value while open: list price, else the close value. */
  expected: number;
  /** Raw row plus joined attributes (prefixed). */
  attrs: Record<string, string>;
}

const parseDate = (s: string | undefined): number | null => {
  if (!s) return null;
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  return Number.isFinite(t) ? t : null;
};

const num = (s: string | undefined): number => {
  const n = Number(String(s ?? '').replace(/[, ]/g, ''));
  return Number.isFinite(n) ? n : 0;
};

function indexBy(rows: CsvRow[], key: string): Map<string, CsvRow> {
  return new Map(rows.map((r) => [r[key] ?? '', r]));
}

export function readMapping(path: string | undefined): DealMapping {
  if (!path) return CRM_MAVEN_MAPPING;
  return JSON.parse(readFileSync(path, 'utf8')) as DealMapping;
}

export function loadDeals(dealsCsv: string, mapping: DealMapping): HistoricalDeal[] {
  const dir = dirname(resolve(dealsCsv));
  const rows = readCsvFile(dealsCsv);
  const c = mapping.columns;
  const prices = new Map<string, number>();
  const ev = mapping.expectedValue;
  if (ev && existsSync(resolve(dir, ev.file))) {
    for (const r of readCsvFile(resolve(dir, ev.file))) prices.set(r[ev.key] ?? '', num(r[ev.column]));
  }
  const joins = (mapping.joins ?? [])
    .filter((j) => existsSync(resolve(dir, j.file)))
    .map((j) => ({ ...j, rows: indexBy(readCsvFile(resolve(dir, j.file)), j.key) }));
  return rows.map((r) => {
    const stage = r[c.stage] ?? '';
    const won = mapping.stages.won.includes(stage);
    const closed = won || mapping.stages.lost.includes(stage);
    const attrs: Record<string, string> = { ...r };
    for (const j of joins) {
      const hit = j.rows.get(r[j.by] ?? '');
      if (hit) for (const [k, v] of Object.entries(hit)) attrs[`${j.prefix}${k}`] = v;
    }
    const amount = num(r[c.amount]);
    let expected = 0;
    if (ev) {
      const key = r[ev.by] ?? '';
      expected = prices.get(ev.aliases?.[key] ?? key) ?? 0;
    }
    if (expected <= 0) expected = amount;
    return {
      id: r[c.id] ?? '',
      owner: c.owner ? (r[c.owner] ?? '') : '',
      stage,
      engagedAt: parseDate(r[c.engagedAt]),
      closedAt: closed ? parseDate(r[c.closedAt]) : null,
      won,
      closed,
      wonValue: won ? amount : 0,
      expected,
      attrs,
    };
  });
}

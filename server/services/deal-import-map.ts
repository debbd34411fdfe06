// Column mapping for historical deal imports (F7): which deal field each column fills, suggested
// from Chinese or English headers, and one row turned into a closed deal or its errors.
import type { Cell } from '../../engine/import';

export const DEAL_FIELDS = [
  'name',
  'customer',
  'owner',
  'industry',
  'amount',
  'outcome',
  'createdAt',
  'closedAt',
  'paymentTermsDays',
  'signals',
  'region',
] as const;
export type DealField = (typeof DEAL_FIELDS)[number];
export type DealMapping = Record<string, DealField>;

const ALIASES: Record<DealField, string[]> = {
  name: [
    '商机名称',
    '商机',
    '项目名称',
    '项目',
    'opportunity',
    'deal',
    'name',
    'opportunity_id',
    'deal name',
  ],
  customer: ['客户', '客户名称', '公司', '公司名称', 'customer', 'account', 'company'],
  owner: ['销售', '负责人', '销售代表', '归属销售', 'owner', 'sales_agent', 'sales agent', 'rep', 'email'],
  industry: ['行业', '所属行业', 'industry', 'sector'],
  amount: ['金额', '合同金额', '成交金额', '商机金额', 'amount', 'close_value', 'value', 'deal value'],
  outcome: ['结果', '赢输', '状态', '阶段', 'outcome', 'result', 'deal_stage', 'stage', 'status'],
  createdAt: [
    '创建日期',
    '创建时间',
    '立项日期',
    '开始日期',
    'created',
    'created_at',
    'engage_date',
    'start date',
  ],
  closedAt: [
    '关闭日期',
    '成交日期',
    '结束日期',
    '签约日期',
    'closed',
    'closed_at',
    'close_date',
    'close date',
  ],
  paymentTermsDays: ['账期', '付款账期', '账期天数', 'payment terms', 'terms', 'payment_terms_days'],
  signals: ['信号', '已具备信号', '购买信号', 'signals'],
  region: ['区域', '大区', '省份', 'region', 'province'],
};

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-（）()]/g, '');

export function suggestDealMapping(headers: readonly string[]): DealMapping {
  const out: DealMapping = {};
  const used = new Set<DealField>();
  for (const h of headers) {
    const n = norm(h);
    const field = DEAL_FIELDS.find((f) => !used.has(f) && ALIASES[f].some((a) => norm(a) === n));
    if (field) {
      out[h] = field;
      used.add(field);
    }
  }
  return out;
}

export interface MappedDeal {
  name: string;
  customer: string;
  owner: string;
  industry: string | null;
  amount: number;
  won: boolean;
  createdAt: Date;
  closedAt: Date;
  paymentTermsDays: number | null;
  signals: string[];
  region: string | null;
}

export interface DealRowIssue {
  path: string;
  message: string;
}

const WON = ['won', 'win', '赢单', '成交', '已成交', '赢', 'closed won', '签约'];
const LOST = ['lost', 'lose', '输单', '丢单', '失败', '输', 'closed lost'];

function text(v: Cell): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function date(v: Cell): Date | null {
  if (typeof v === 'number' && v > 20000 && v < 80000) return new Date(Math.round((v - 25569) * 86_400_000)); // Excel serial
  const s = text(v)
    .replace(/[./年月]/g, '-')
    .replace(/日/, '');
  if (!s) return null;
  const t = Date.parse(
    /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ? `${s.replace(/-(\d)(?!\d)/g, '-0$1')}T00:00:00+08:00` : s,
  );
  return Number.isFinite(t) ? new Date(t) : null;
}

function money(v: Cell): number | null {
  if (typeof v === 'number') return v;
  const s = text(v).replace(/[,，¥￥\s元]/g, '');
  const wan = /万$/.test(s);
  const n = Number(s.replace(/万$/, ''));
  return Number.isFinite(n) && s !== '' ? (wan ? n * 10_000 : n) : null;
}

/** One row to a closed deal, or the reasons it cannot be imported (paths name the deal field). */
export function mapDealRow(
  cells: Record<string, Cell>,
  mapping: DealMapping,
  resolveSignal: (s: string) => string | null,
): { deal: MappedDeal | null; errors: DealRowIssue[] } {
  const v: Partial<Record<DealField, Cell>> = {};
  for (const [col, field] of Object.entries(mapping)) v[field] = cells[col];
  const errors: DealRowIssue[] = [];
  const need = (f: DealField, ok: boolean, message: string) => {
    if (!ok) errors.push({ path: `/${f}`, message });
  };
  const name = text(v.name);
  const customer = text(v.customer) || name;
  const owner = text(v.owner);
  const amount = money(v.amount ?? null);
  const outcome = text(v.outcome).toLowerCase();
  const won = WON.includes(outcome);
  const createdAt = date(v.createdAt ?? null);
  const closedAt = date(v.closedAt ?? null);
  need('name', !!name, 'is required');
  need('owner', !!owner, 'is required');
  need('amount', amount !== null && amount >= 0, 'must be an amount in yuan (or 万)');
  need(
    'outcome',
    won || LOST.includes(outcome),
    'must say won or lost (赢单/输单): only closed deals are imported',
  );
  need('closedAt', !!closedAt, 'must be a date (YYYY-MM-DD)');
  if (createdAt && closedAt && createdAt > closedAt)
    errors.push({ path: '/createdAt', message: 'is after the close date' });
  const signals: string[] = [];
  for (const s of text(v.signals)
    .split(/[,;，；、|]/)
    .map((x) => x.trim())
    .filter(Boolean)) {
    const id = resolveSignal(s);
    if (id) signals.push(id);
    else errors.push({ path: '/signals', message: `unknown signal "${s}"` });
  }
  const terms = text(v.paymentTermsDays);
  const termsDays = terms ? Number(terms.replace(/天$/, '')) : null;
  need(
    'paymentTermsDays',
    termsDays === null || (Number.isInteger(termsDays) && termsDays >= 0),
    'must be whole days',
  );
  if (errors.length) return { deal: null, errors };
  return {
    deal: {
      name,
      customer,
      owner,
      industry: text(v.industry) || null,
      amount: amount!,
      won,
      createdAt: createdAt ?? new Date(closedAt!.getTime() - 60 * 86_400_000),
      closedAt: closedAt!,
      paymentTermsDays: termsDays,
      signals: [...new Set(signals)],
      region: text(v.region) || null,
    },
    errors: [],
  };
}

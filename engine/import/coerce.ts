// Turns one spreadsheet cell into the value a lead field expects: "800万" → 8000000 yuan,
// "是" → true, "医疗器械" → medical_devices, "3分20秒" → 200 seconds. Errors name what was expected.
import { fieldsOf } from '../../schemas';
import type { ImportField } from './fields';

/** A cell as the readers deliver it (text, a number, a boolean; dates arrive as ISO text). */
export type Cell = string | number | boolean | null | undefined;

export type Coerced = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): Coerced => ({ ok: true, value });
const fail = (message: string): Coerced => ({ ok: false, message });

const text = (cell: Cell) =>
  (typeof cell === 'number' ? numberText(cell) : String(cell)).normalize('NFKC').trim();

/** 13800138000 read by Excel as a number must stay "13800138000", never "1.38e+10". */
const numberText = (n: number) => (Number.isInteger(n) ? BigInt(Math.trunc(n)).toString() : String(n));

const YES = new Set(['是', '有', '已下载', '已', '对', 'y', 'yes', 'true', '1', '√', '✓', 'x', 't']);
const NO = new Set(['否', '无', '没有', '未', '未下载', '不', 'n', 'no', 'false', '0', '×', '-', 'f']);

const UNITS: Record<string, number> = {
  千: 1e3,
  k: 1e3,
  万: 1e4,
  w: 1e4,
  百万: 1e6,
  m: 1e6,
  千万: 1e7,
  亿: 1e8,
};

/** "800万", "8,000,000", "¥800万元", "1.2亿", "800" under a "(万元)" header → yuan. */
export function parseMoney(raw: string, headerUnit = 1): number | null {
  const s = raw.replace(/[,，\s¥￥]|人民币|rmb|cny/gi, '').replace(/元$/, '');
  const m = /^(-?\d+(?:\.\d+)?)(千万|百万|千|万|亿|k|w|m)?$/i.exec(s);
  if (!m) return null;
  const unit = m[2] ? UNITS[m[2].toLowerCase()]! : headerUnit;
  return Math.round(Number(m[1]) * unit);
}

/** The unit a header announces for amounts: "注册资本(万元)" → 10000. */
export function headerMoneyUnit(header: string): number {
  const h = header.normalize('NFKC');
  if (/亿/.test(h)) return 1e8;
  if (/万/.test(h)) return 1e4;
  if (/千元/.test(h)) return 1e3;
  return 1;
}

/** Seconds from "200", "3分钟", "3分20秒", "5 min", "1h", "00:03:20", "3m20s"; minutes if the header says so. */
export function parseDuration(raw: string, headerUnit = 1): number | null {
  const s = raw.toLowerCase().replace(/\s/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * headerUnit);
  const clock = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})$/.exec(s);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const re = /(\d+(?:\.\d+)?)(小时|时|hours?|hrs?|h|分钟|分|minutes?|mins?|m|秒钟|秒|seconds?|secs?|s)/g;
  let total = 0;
  let consumed = 0;
  for (const m of s.matchAll(re)) {
    const n = Number(m[1]);
    const u = m[2]!;
    total += /^(小时|时|h)/.test(u) ? n * 3600 : /^(分|m)/.test(u) ? n * 60 : n;
    consumed += m[0].length;
  }
  return consumed > 0 && consumed === s.length ? Math.round(total) : null;
}

/** Seconds per unit a header announces: "停留时长(分钟)" → 60. */
export function headerDurationUnit(header: string): number {
  const h = header.normalize('NFKC').toLowerCase();
  if (/小时|hour|\(h\)/.test(h)) return 3600;
  if (/分钟|minute|min/.test(h)) return 60;
  return 1;
}

type Option = { value: string; label: { zh: string; en: string } };
const optionsOf = (path: string): Option[] =>
  (fieldsOf('lead').find((f) => f.path === path)?.options as Option[] | undefined) ?? [];

/** Extra names people type for enum values (beyond the catalogue's zh/en labels). */
const SYNONYMS: Record<string, Record<string, string>> = {
  'company.industry': {
    制造: 'manufacturing',
    制造业: 'manufacturing',
    机械: 'manufacturing',
    医疗: 'medical_devices',
    医疗设备: 'medical_devices',
    教育: 'education',
    教培: 'education',
    软件: 'saas',
    saas: 'saas',
    零售: 'retail_chain',
    连锁: 'retail_chain',
    快消: 'fmcg',
    新能源: 'nev',
    新能源车: 'nev',
    汽车零部件: 'auto_parts',
    汽配: 'auto_parts',
    银行: 'finance',
    保险: 'finance',
    金融: 'finance',
    it: 'it_services',
    信息技术: 'it_services',
    工业软件: 'industrial_software',
    物流: 'logistics',
    建筑: 'construction',
    建筑业: 'construction',
    能源: 'energy',
    电力: 'energy',
    房地产: 'real_estate',
    地产: 'real_estate',
    医药: 'pharma',
    制药: 'pharma',
    政府: 'government',
    政务: 'government',
    事业单位: 'government',
    公共事业: 'government',
  },
  'source.channel': {
    展会: 'expo_qr',
    展会扫码: 'expo_qr',
    扫码: 'expo_qr',
    官网: 'website_form',
    网站: 'website_form',
    官网表单: 'website_form',
    表单: 'website_form',
    研讨会: 'webinar',
    直播: 'webinar',
    转介绍: 'referral',
    推荐: 'referral',
    老客户推荐: 'referral',
    合作伙伴: 'partner',
    渠道: 'partner',
    代理商: 'partner',
    陌拜: 'cold_call',
    电销: 'cold_call',
    电话: 'cold_call',
    广告: 'ad_campaign',
    投放: 'ad_campaign',
    百度: 'ad_campaign',
    公众号: 'wechat_official',
    微信公众号: 'wechat_official',
    企微: 'wecom',
    企业微信: 'wecom',
    导入: 'import',
    手工: 'manual',
    手工录入: 'manual',
  },
};

const enumKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-/]/g, '');

/** An enum value from its id, Chinese or English label, or a common synonym. */
export function parseEnum(path: string, raw: string): string | null {
  const key = enumKey(raw);
  for (const o of optionsOf(path)) {
    if ([o.value, o.label.zh, o.label.en].some((n) => enumKey(n) === key)) return o.value;
  }
  const syn = SYNONYMS[path] ?? {};
  return Object.entries(syn).find(([name]) => enumKey(name) === key)?.[1] ?? null;
}

/** The value of one cell for one field; empty cells are `undefined` (the field is left out). */
export function coerceCell(field: ImportField, cell: Cell, header: string): Coerced {
  if (cell === null || cell === undefined) return ok(undefined);
  const s = text(cell);
  if (s === '') return ok(undefined);
  switch (field.kind) {
    case 'string':
    case 'text':
      return ok(s);
    case 'money': {
      const v =
        typeof cell === 'number'
          ? Math.round(cell * headerMoneyUnit(header))
          : parseMoney(s, headerMoneyUnit(header));
      return v === null ? fail(`"${s}" is not an amount (e.g. 800万, 8000000)`) : ok(v);
    }
    case 'number':
    case 'integer': {
      const v = Number(s.replace(/[,，]/g, '').replace(/人$/, ''));
      if (!Number.isFinite(v)) return fail(`"${s}" is not a number`);
      return field.kind === 'integer' && !Number.isInteger(v) ? fail(`"${s}" is not a whole number`) : ok(v);
    }
    case 'duration': {
      const v = parseDuration(s, headerDurationUnit(header));
      return v === null ? fail(`"${s}" is not a duration (e.g. 200, 3分20秒, 00:03:20)`) : ok(v);
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return ok(cell);
      const k = s.toLowerCase();
      if (YES.has(k)) return ok(true);
      if (NO.has(k)) return ok(false);
      return fail(`"${s}" is not yes/no (是/否, yes/no, 1/0)`);
    }
    case 'enum': {
      const v = parseEnum(field.path, s);
      return v === null
        ? fail(`"${s}" is not a known ${field.path === 'source.channel' ? 'channel' : 'industry'}`)
        : ok(v);
    }
    case 'tags':
      return ok([
        ...new Set(
          s
            .split(/[,，;；、|]/)
            .map((t) => t.trim())
            .filter(Boolean),
        ),
      ]);
  }
}

/**
 * Money in a chat line → yuan: "35万", "35万元", "¥350,000", "三十五万", "1.2亿", "预算50w",
 * "200多万", "80k". A bare number counts only with a currency sign, 元/块, a 万/亿/w/k unit or a
 * money word just before it; counts ("200台", "3万件") and dates are not money.
 */
import { parseCnNumber } from './cn-number';

export interface AmountHit {
  value: number;
  match: string;
  index: number;
  /** budget: the customer's money; amount: a price or contract value. */
  kind: 'budget' | 'amount';
  confidence: number;
}

const NUM = String.raw`(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*)`;
const AMOUNT = new RegExp(
  String.raw`([¥￥]\s*)?(${NUM}(?:\s*(?:[万wW亿]|[千kK百](?![万亿])))*(?:[一二两三四五六七八九\d](?![\d万亿千百]))?)\s*(多|余|来)?\s*(万|亿)?\s*(元|块|人民币|RMB|rmb)?`,
  'g',
);
const MONEY_WORDS =
  /(预算|报价|价格|价位|费用|金额|总价|投入|资金|合同|成交|拨款|单价|标的|控制在|不超过|以内|左右的钱|多少钱|批了|申请了)/;
const PRICE_WORDS = /(报价|价格|价位|总价|合同|成交|单价|标的|中标)/;
/** What a count or date looks like right after a number. */
const NOT_MONEY_AFTER =
  /^\s*(多|余|来)?\s*(个|台|套|件|人|名|位|条|次|家|辆|吨|平|米|公里|片|支|张|份|点|号|日|月|年|周|天|小时|分钟|秒|岁|倍|%|％|G|T|M|层|栋|间|所|路|期|批|款|种|项|笔|单|箱|盒|瓶|颗|根|kg|KG|公斤|斤|亩|床|[-/:.]\d)/;

export function findAmounts(text: string): AmountHit[] {
  const hits: AmountHit[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, sign, numeral, , trailingUnit, currency] = m;
    const index = m.index ?? 0;
    if (!numeral) continue;
    const after = text.slice(index + whole.length);
    const before = text.slice(Math.max(0, index - 10), index);
    // Part of a longer number (a phone, an order number) or of a word like "K3".
    if (/[A-Za-z\d]$/.test(text.slice(0, index)) && !sign) continue;
    const hasUnit = /[万wW亿千kK]/.test(numeral) || Boolean(trailingUnit);
    const cue = Boolean(sign) || Boolean(currency) || hasUnit;
    const context = MONEY_WORDS.test(before) || MONEY_WORDS.test(after.slice(0, 6));
    if (!cue && !context) continue;
    if (!currency && NOT_MONEY_AFTER.test(after)) continue;
    let value = parseCnNumber(numeral.replace(/\s+/g, ''));
    if (value === null) continue;
    if (trailingUnit === '万') value *= 1e4;
    if (trailingUnit === '亿') value *= 1e8;
    // B2B money below a thousand yuan is a count or a price per unit, not a budget.
    if (value < 1000) continue;
    const kind = PRICE_WORDS.test(before) ? 'amount' : 'budget';
    const confidence = (sign || currency ? 0.5 : 0.3) + (hasUnit ? 0.2 : 0) + (context ? 0.25 : 0);
    hits.push({
      value: Math.round(value),
      match: whole.trim(),
      index,
      kind,
      confidence: Math.min(0.95, confidence),
    });
  }
  // "150万到200万": a range; the upper bound is what the customer can spend.
  return hits.filter((h, i) => {
    const next = hits[i + 1];
    return !next || !/^\s*(到|至|-|~|～|—)\s*$/.test(text.slice(h.index + h.match.length, next.index));
  });
}

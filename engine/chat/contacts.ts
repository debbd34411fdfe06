/** Phone numbers, e-mail addresses and company names in a chat line. */
export interface TextHit {
  value: string;
  match: string;
  index: number;
  confidence: number;
}

const MOBILE = /(?<![\d])(?:\+?86[\s-]?)?(1[3-9]\d)[\s-]?(\d{4})[\s-]?(\d{4})(?!\d)/g;
const LANDLINE =
  /(?<![\d])(?:\+?86[\s-]?)?[(（]?(0\d{2,3})[)）]?[\s-]?(\d{7,8})(?:\s*(?:-|转|ext\.?)\s*(\d{1,5}))?(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Mobiles as 11 digits, landlines as "021-12345678" (with "-ext" when given). */
export function findPhones(text: string): TextHit[] {
  const hits: TextHit[] = [];
  for (const m of text.matchAll(MOBILE))
    hits.push({ value: m[1]! + m[2]! + m[3]!, match: m[0], index: m.index ?? 0, confidence: 0.95 });
  for (const m of text.matchAll(LANDLINE)) {
    const index = m.index ?? 0;
    if (hits.some((h) => index < h.index + h.match.length && index + m[0].length > h.index)) continue;
    const value = `${m[1]}-${m[2]}${m[3] ? `-${m[3]}` : ''}`;
    hits.push({ value, match: m[0], index, confidence: 0.85 });
  }
  return hits.sort((a, b) => a.index - b.index);
}

export function findEmails(text: string): TextHit[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    value: m[0],
    match: m[0],
    index: m.index ?? 0,
    confidence: 0.95,
  }));
}

const SUFFIX = String.raw`(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团|科技公司|科技|实业|制造厂|工厂|股份公司|公司|人民医院|中医院|医院|研究院|研究所|大学|学院|银行|证券|保险)`;
const COMPANY = new RegExp(
  String.raw`[\u4e00-\u9fa5A-Za-z0-9（）()]{2,30}?(?:${SUFFIX})+(?:[（(][\u4e00-\u9fa5]{2,6}[)）])?`,
  'g',
);
/** Words before a company name that are not part of it. */
const LEAD_IN =
  /^(?:我们是|我们这边是|我这边是|这边是|我是|我们|咱们|你们|贵司|是|在|跟|和|与|给|从|对|叫|为|替|帮|做|去|到|找|联系|代表|来自|就职于|负责|家|的|了|过|个|说|请|向)(?=[\u4e00-\u9fa5A-Za-z0-9])/;
const GENERIC =
  /^(贵|我|你|他|她|我们|你们|他们|这家|那家|本|该|这个|那个|一家|大|小|总|分|子|母|上市|国有|民营|外资|合资|科技|集团|公司|医院|银行)(公司|集团|科技|医院|银行)?$/;

export function findCompanies(text: string): TextHit[] {
  const hits: TextHit[] = [];
  for (const m of text.matchAll(COMPANY)) {
    let name = m[0];
    let index = m.index ?? 0;
    // Peel lead-in words off the front ("我们是苏州华东精密机械有限公司" → "苏州华东精密机械有限公司").
    for (let i = 0; i < 2; i++) {
      const lead = LEAD_IN.exec(name);
      if (!lead || lead[0].length === 0 || name.length - lead[0].length < 4) break;
      index += lead[0].length;
      name = name.slice(lead[0].length);
    }
    if (name.length < 4 || GENERIC.test(name)) continue;
    const strong = /有限|集团|股份|医院|大学|银行|研究院/.test(name);
    hits.push({ value: name, match: name, index, confidence: strong ? 0.9 : 0.6 });
  }
  return hits;
}

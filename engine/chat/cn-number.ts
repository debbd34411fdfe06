/**
 * Chinese and mixed numerals → numbers: "三十五" 35, "一百二十" 120, "两" 2, "一千五" 1500,
 * "三万五" 35000, "1.2亿" 120000000, "35万" 350000, "50w" 500000, "350,000" 350000, "80k" 80000.
 * Returns null for anything that is not a number.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Record<string, number> = { 万: 1e4, w: 1e4, W: 1e4, 亿: 1e8 };

/** A section below 万 ("三千五百", "十二", "一千五" = 1500). */
function smallSection(s: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zero = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      if (digit === 0) zero = true;
    } else if (ch in SMALL) {
      const unit = SMALL[ch]!;
      total += (digit ?? 1) * unit;
      digit = null;
      lastUnit = unit;
      zero = false;
    } else if (/[0-9.]/.test(ch)) {
      return null;
    } else return null;
  }
  // Colloquial: "一千五" = 1500, "两百五" = 250.
  if (digit !== null) total += lastUnit >= 100 && !zero ? (digit * lastUnit) / 10 : digit;
  return total;
}

function arabic(s: string): number | null {
  const clean = s.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(clean)) return null;
  return Number(clean);
}

/** Parses one numeral, possibly with 万/亿/w/k/千 units. */
export function parseCnNumber(raw: string): number | null {
  const s = raw.trim();
  if (!s) return null;
  const plain = arabic(s);
  if (plain !== null) return plain;
  // Arabic with a trailing small unit: "8千", "80k", "3百".
  const mixed = /^(\d+(?:\.\d+)?)([千kK百])$/.exec(s.replace(/,/g, ''));
  if (mixed) return Number(mixed[1]) * (mixed[2] === '百' ? 100 : 1000);

  // Split on the big units from the largest down: 亿 then 万.
  let rest = s;
  let total = 0;
  let lastBig = 1;
  for (const big of ['亿', '万']) {
    const re = big === '万' ? /[万wW]/ : /亿/;
    const m = re.exec(rest);
    if (!m) continue;
    const head = rest.slice(0, m.index);
    const value = head === '' ? 1 : section(head);
    if (value === null) return null;
    total += value * BIG[big]!;
    lastBig = BIG[big]!;
    rest = rest.slice(m.index + 1);
  }
  if (rest) {
    const tail = section(rest);
    if (tail === null) return null;
    // Colloquial: "三万五" = 35000, "1万5" = 15000 (a lone digit after a big unit).
    if (lastBig > 1 && /^([一二两三四五六七八九]|\d)$/.test(rest)) total += (tail * lastBig) / 10;
    else total += tail;
  }
  return Number.isFinite(total) ? Math.round(total * 100) / 100 : null;
}

function section(s: string): number | null {
  return arabic(s) ?? smallSection(s);
}

// Pain-point keywords (L10): an editable lexicon by category (price, implementation time,
// integration, service, delivery, quality…) plus the industry's own keywords from its form
// templates. Matching is on the folded text, not on segmented words, because a dictionary
// segmenter splits terms like 对接 or 还没到货 differently from how people write them.
import type { I18nText } from '../types';
import { foldText, isCjk } from './segment';

export interface PainPointCategory {
  id: string;
  label: I18nText;
  keywords: readonly string[];
}

export interface PainPointLexicon {
  categories: readonly PainPointCategory[];
}

/** A keyword from an industry form template (`painPointKeywords`), optionally of one field. */
export interface IndustryKeyword {
  keyword: string;
  field?: string;
}

export interface PainPoint {
  keyword: string;
  category: string;
  categoryLabel: I18nText;
  count: number;
  /** The form field the keyword points at (industry keywords of a field). */
  field?: string;
}

interface Entry {
  needle: string;
  keyword: string;
  category: string;
  label: I18nText;
  field?: string;
  latin: boolean;
}

export interface CompiledLexicon {
  entries: readonly Entry[];
}

export const INDUSTRY_CATEGORY = { id: 'industry', label: { zh: '行业痛点', en: 'Industry pain point' } };

/**
 * Merges the default lexicon with an industry's keywords. An industry keyword that the default
 * lexicon knows keeps that category (and gains the field); any other lands in "industry".
 */
export function compileLexicon(
  base: PainPointLexicon,
  industry: readonly IndustryKeyword[] = [],
): CompiledLexicon {
  const byNeedle = new Map<string, Entry>();
  for (const c of base.categories)
    for (const k of c.keywords) {
      const needle = foldText(k.trim());
      if (needle && !byNeedle.has(needle))
        byNeedle.set(needle, {
          needle,
          keyword: k.trim(),
          category: c.id,
          label: c.label,
          latin: !isCjk(needle),
        });
    }
  for (const { keyword, field } of industry) {
    const needle = foldText(keyword.trim());
    if (!needle) continue;
    const known = byNeedle.get(needle);
    if (known) {
      if (field && !known.field) known.field = field;
      continue;
    }
    byNeedle.set(needle, {
      needle,
      keyword: keyword.trim(),
      category: INDUSTRY_CATEGORY.id,
      label: INDUSTRY_CATEGORY.label,
      latin: !isCjk(needle),
      ...(field ? { field } : {}),
    });
  }
  // Longest first: "还没到货" claims its characters before "还没到" can.
  return { entries: [...byNeedle.values()].sort((a, b) => b.needle.length - a.needle.length) };
}

const isWordChar = (c: string | undefined) => !!c && /[a-z0-9_]/.test(c);

/** The lexicon's keywords found in a text, with counts; a keyword inside a longer match is not counted. */
export function findPainPoints(text: string, lexicon: CompiledLexicon, maxChars = 200_000): PainPoint[] {
  const folded = foldText(text.length > maxChars ? text.slice(0, maxChars) : text);
  const claimed = new Uint8Array(folded.length);
  const found = new Map<Entry, number>();
  for (const e of lexicon.entries) {
    for (let at = folded.indexOf(e.needle); at >= 0; at = folded.indexOf(e.needle, at + 1)) {
      const end = at + e.needle.length;
      // Latin keywords match whole words only ("api" is not in "rapid").
      if (e.latin && (isWordChar(folded[at - 1]) || isWordChar(folded[end]))) continue;
      if (claimed.subarray(at, end).some((c) => c === 1)) continue;
      claimed.fill(1, at, end);
      found.set(e, (found.get(e) ?? 0) + 1);
    }
  }
  return [...found.entries()]
    .map(([e, count]) => ({
      keyword: e.keyword,
      category: e.category,
      categoryLabel: e.label,
      count,
      ...(e.field ? { field: e.field } : {}),
    }))
    .sort((a, b) => b.count - a.count || (a.keyword < b.keyword ? -1 : 1));
}

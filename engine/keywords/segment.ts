// Word segmentation for call notes (L10): Intl.Segmenter's dictionary-based word breaks work for
// Chinese and English alike, in Node and in browsers, with no native add-on.

/** One content word of a note, in order; `clause` changes at punctuation (phrases never span clauses). */
export interface Token {
  word: string;
  clause: number;
  stop: boolean;
}

let segmenter: Intl.Segmenter | null = null;
const wordSegmenter = () => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ONLY_DIGITS = /^[\d.,:%\-/]+$/;

export const isCjk = (word: string) => CJK.test(word);

/** Lower-cases Latin letters and folds full-width ASCII (ＥＲＰ → erp) so "ERP" and "ｅｒｐ" are one word. */
export function foldText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

/**
 * Splits a text into word tokens. Punctuation and line breaks end a clause; numbers are dropped;
 * `stopwords` marks words that carry no meaning of their own (的, 了, the, and…).
 */
export function segmentWords(text: string, stopwords: ReadonlySet<string>, maxChars = 200_000): Token[] {
  const folded = foldText(text.length > maxChars ? text.slice(0, maxChars) : text);
  const tokens: Token[] = [];
  let clause = 0;
  for (const s of wordSegmenter().segment(folded)) {
    if (!s.isWordLike) {
      // Spaces between Latin words keep the clause; any punctuation or line break ends it.
      if (!/^[ \t]+$/.test(s.segment)) clause++;
      continue;
    }
    const word = s.segment.trim();
    if (!word || ONLY_DIGITS.test(word)) {
      clause++;
      continue;
    }
    tokens.push({ word, clause, stop: stopwords.has(word) });
  }
  return tokens;
}

/** Joins adjacent words into a phrase: no space between Chinese words, a space between Latin ones. */
export function joinWords(words: readonly string[]): string {
  let out = '';
  for (const w of words) {
    const prev = out[out.length - 1];
    out += prev && !isCjk(prev) && !isCjk(w[0] ?? '') ? ` ${w}` : w;
  }
  return out;
}

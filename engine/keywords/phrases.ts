// Key phrases of a note (L10): candidate terms are content words and runs of 2–3 adjacent content
// words within a clause; each is scored by TF-IDF against the organisation's own notes, whose
// document frequencies the caller passes in (the engine does no I/O).
import { isCjk, joinWords, type Token } from './segment';

/** How many of the organisation's notes contain each term; `docs` is the number of notes. */
export interface DocumentFrequencies {
  docs: number;
  df: Readonly<Record<string, number>>;
}

export interface KeyPhrase {
  phrase: string;
  score: number;
  count: number;
}

/** A candidate term: how often it occurs in the note and how many segmented words it joins. */
export interface Term {
  count: number;
  words: number;
}

const meaningful = (word: string) => (isCjk(word) ? word.length >= 2 : word.length >= 3);

/** Every candidate term of the note, most frequent first, at most `maxTerms` (bounds the work). */
export function candidateTerms(tokens: readonly Token[], maxN = 3, maxTerms = 300): Map<string, Term> {
  const terms = new Map<string, Term>();
  const add = (t: string, words: number) => {
    const seen = terms.get(t);
    if (seen) seen.count++;
    else terms.set(t, { count: 1, words });
  };
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (first.stop) continue;
    if (meaningful(first.word)) add(first.word, 1);
    const run = [first.word];
    for (let j = i + 1; j < tokens.length && run.length < maxN; j++) {
      const next = tokens[j]!;
      if (next.clause !== first.clause || next.stop) break;
      run.push(next.word);
      const phrase = joinWords(run);
      if (phrase.length <= 16) add(phrase, run.length);
    }
  }
  const sorted = [...terms.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1));
  return new Map(sorted.slice(0, maxTerms));
}

/** Smoothed inverse document frequency: a term found in every note scores low, an unseen one high. */
export function idf(term: string, freq: DocumentFrequencies): number {
  const docs = Math.max(0, freq.docs);
  const df = Math.min(docs, Math.max(0, freq.df[term] ?? 0));
  return Math.log((1 + docs) / (1 + df)) + 1;
}

/**
 * The note's key phrases by TF-IDF. A multi-word phrase counts only if it recurs in the note (a
 * one-off pair of adjacent words is usually chance) and then outranks its words; a word already
 * inside a chosen phrase is not listed again on its own.
 */
export function keyPhrases(
  terms: ReadonlyMap<string, Term>,
  freq: DocumentFrequencies,
  maxPhrases = 8,
): KeyPhrase[] {
  const scored: KeyPhrase[] = [];
  for (const [phrase, { count, words }] of terms) {
    if (words > 1 && count < 2) continue;
    const boost = 1 + 0.25 * Math.min(3, words - 1);
    scored.push({ phrase, count, score: round(count * idf(phrase, freq) * boost) });
  }
  scored.sort(
    (a, b) => b.score - a.score || b.phrase.length - a.phrase.length || (a.phrase < b.phrase ? -1 : 1),
  );
  const chosen: KeyPhrase[] = [];
  for (const p of scored) {
    if (chosen.length >= maxPhrases) break;
    if (chosen.some((c) => c.phrase.includes(p.phrase) || p.phrase.includes(c.phrase))) continue;
    chosen.push(p);
  }
  return chosen;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

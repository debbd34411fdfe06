// Call notes → key phrases and pain-point keywords (MISSION.md L10). Pure: the stop words, the
// lexicon and the organisation's document frequencies come in as data.
import { candidateTerms, keyPhrases, type DocumentFrequencies, type KeyPhrase, type Term } from './phrases';
import { findPainPoints, type CompiledLexicon, type PainPoint } from './pain-points';
import { segmentWords } from './segment';

export { segmentWords, foldText, joinWords, type Token } from './segment';
export {
  candidateTerms,
  keyPhrases,
  idf,
  type DocumentFrequencies,
  type KeyPhrase,
  type Term,
} from './phrases';
export {
  compileLexicon,
  findPainPoints,
  INDUSTRY_CATEGORY,
  type CompiledLexicon,
  type IndustryKeyword,
  type PainPoint,
  type PainPointCategory,
  type PainPointLexicon,
} from './pain-points';

export interface KeywordOptions {
  stopwords: ReadonlySet<string>;
  lexicon: CompiledLexicon;
  /** Document frequencies of the organisation's notes; empty for the first note. */
  frequencies?: DocumentFrequencies;
  maxPhrases?: number;
  maxTerms?: number;
  /** The note's candidate terms when the caller already computed them (noteTerms) to look up their frequencies. */
  terms?: ReadonlyMap<string, Term>;
}

export interface Keywords {
  phrases: string[];
  scored: KeyPhrase[];
  painPoints: PainPoint[];
  /** The note's distinct candidate terms: what the caller adds to its document frequencies. */
  terms: string[];
}

/** Speaker labels at the start of a transcript line ("客户：", "Sales:") are not content. */
const SPEAKER = /^[ \t]*[^\s:：，,。]{1,8}[:：]/gm;

/** The note's candidate terms (content words and short phrases) with their counts. */
export function noteTerms(text: string, stopwords: ReadonlySet<string>, maxTerms = 300): Map<string, Term> {
  return candidateTerms(segmentWords(text.replace(SPEAKER, '\n'), stopwords), 3, maxTerms);
}

export function extractKeywords(text: string, opts: KeywordOptions): Keywords {
  const terms = opts.terms ?? noteTerms(text, opts.stopwords, opts.maxTerms);
  const scored = keyPhrases(terms, opts.frequencies ?? { docs: 0, df: {} }, opts.maxPhrases ?? 8);
  return {
    phrases: scored.map((p) => p.phrase),
    scored,
    painPoints: findPainPoints(text, opts.lexicon),
    terms: [...terms.keys()],
  };
}

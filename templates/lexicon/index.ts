// The default call-note lexicons (L10): stop words (snownlp, MIT — see LICENSE-snownlp.txt) and the
// pain-point lexicon by category. Plain modules (no fs), so the browser can use them too.
import { PAIN_POINT_CATEGORIES } from './pain-points';
import { STOPWORDS_TEXT } from './stopwords';

export interface LexiconCategory {
  id: string;
  label: { zh: string; en: string };
  keywords: string[];
}

/** A fresh copy of the default pain-point lexicon. */
export const defaultPainPointLexicon = (): { categories: LexiconCategory[] } =>
  structuredClone({ categories: PAIN_POINT_CATEGORIES });

/** The Chinese/English stop-word list. */
export const defaultStopwords = (): string[] => STOPWORDS_TEXT.split(/\s+/).filter(Boolean);

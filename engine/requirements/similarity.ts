// Text and set similarity for the requirement diff (C5). Character bigrams work for Chinese
// (no word segmentation needed) as well as for Latin text.

/** Lower case, full-width → half-width, whitespace and punctuation removed. */
export function normaliseText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) grams.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Sørensen–Dice coefficient over character bigrams, 0..1 (1 = identical after normalisation). */
export function diceSimilarity(a: string, b: string): number {
  const x = normaliseText(a);
  const y = normaliseText(b);
  if (x === y) return 1;
  if (!x || !y) return 0;
  const ga = bigrams(x);
  const gb = bigrams(y);
  let overlap = 0;
  let total = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    overlap += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * overlap) / total;
}

/** Jaccard overlap of two sets, 1 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const v of a) if (b.has(v)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Similarity of two lists of texts (e.g. acceptance criteria): each text is matched with its most
 * similar counterpart on the other side; the mean over both sides (unmatched texts count 0).
 */
export function listSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const best = (from: readonly string[], to: readonly string[]) =>
    from.reduce((sum, t) => sum + Math.max(...to.map((u) => diceSimilarity(t, u))), 0);
  return (best(a, b) + best(b, a)) / (a.length + b.length);
}

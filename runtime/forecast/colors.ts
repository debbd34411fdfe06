// Colours of the forecast's composition parts, shared by the chart and the sentence list.
import type { CompositionKey } from '../api/forecast';

export const PART_COLORS: Record<CompositionKey, string> = {
  won: '#389e0d',
  strong: '#1668dc',
  medium: '#13a8a8',
  weak: '#d48806',
  new_business: '#8c8c8c',
};

// Public surface of engine/requirements: the requirement diff of the circuit breaker (C5).
export { compareRequirements, type RequirementDiff, type RequirementDiffField } from './diff';
export {
  compareValues,
  isEmptyValue,
  DEFAULT_TEXT_SIMILARITY,
  type FieldDiffDetail,
  type ValueComparison,
} from './values';
export { diceSimilarity, jaccard, listSimilarity, normaliseText } from './similarity';

export { checkLogic, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES, type CheckLogicOptions } from './check';
export { compileLogic, evaluateLogic, guardLogic, EVALUATION_LIMITS } from './evaluate';
export { LogicError } from './errors';
export type { LogicField, FieldKind } from './fields';
export {
  ALLOWED_OPERATORS,
  FORBIDDEN_SEGMENTS,
  isAllowedOperator,
  OPERATORS,
  type OperatorSpec,
} from './operators';
export { truthy } from './truthy';
export { escapePointer, type LogicIssue, type WalkLimits } from './walk';

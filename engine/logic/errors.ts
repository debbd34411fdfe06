import type { LogicIssue } from './walk';

/** Thrown by evaluateLogic for a rule that is unsafe or malformed. */
export class LogicError extends Error {
  readonly issues: LogicIssue[];
  constructor(message: string, issues: LogicIssue[] = []) {
    super(message);
    this.name = 'LogicError';
    this.issues = issues;
  }
}

// Types of the form engine (W3, C1): the evaluation of a form template over its data.
import type { FormField, FormTemplate, FormTrigger } from '../../schemas';

export type { FormField, FormTemplate, FormTrigger };

export type FormValues = Record<string, unknown>;

/** The three requirement elements a field may record (C1). */
export type RequirementElement = 'existing_systems' | 'decision_flow' | 'acceptance_criteria';
export const REQUIREMENT_ELEMENTS: readonly RequirementElement[] = [
  'existing_systems',
  'decision_flow',
  'acceptance_criteria',
];

/** Stable codes of field errors; `message` is English, `i18n` both languages. */
export type FormErrorCode =
  | 'required'
  | 'type'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'minimum'
  | 'maximum'
  | 'integer'
  | 'enum'
  | 'format'
  | 'minItems'
  | 'maxItems'
  | 'uniqueItems'
  | 'unknownField'
  | 'unknownProperty'
  | 'edgeNode'
  | 'edgeSelf'
  | 'edgeCycle'
  | 'duplicateNode'
  | 'fileType'
  | 'fileSize'
  | 'invalid';

export interface FormFieldError {
  /** JSON pointer into the form data, e.g. /existingSystems/0/vendor */
  path: string;
  /** The top-level field key the error belongs to. */
  field: string;
  code: FormErrorCode;
  /** English message (API default). */
  message: string;
  /** The same message in both languages. */
  i18n: { zh: string; en: string };
}

export interface ElementState {
  /** Visible fields that record this element. */
  fields: string[];
  /** Every such field is filled (false when the template has none). */
  filled: boolean;
  /** Keys of the visible element fields that are still empty. */
  missing: string[];
}

export interface FormEvaluation {
  visible: Record<string, boolean>;
  required: Record<string, boolean>;
  errors: FormFieldError[];
  /** 0–100, weighted share of counted visible fields that are filled. */
  completeness: number;
  /** completeness ≥ completeness.passThreshold (100 when absent). */
  complete: boolean;
  elements: Record<RequirementElement, ElementState>;
  /** Template triggers whose condition holds for the data. */
  firedTriggers: FormTrigger[];
}

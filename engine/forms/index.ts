// Public surface of engine/forms: the form runtime's pure core (W3, C1), shared by browser and server.
export {
  evaluateForm,
  validateField,
  fieldErrors,
  isVisible,
  isRequired,
  completenessOf,
  holds,
} from './evaluate';
export { formPlan, type FormPlan } from './plan';
export {
  formJsonSchema,
  fieldJsonSchema,
  fieldValidator,
  templateFields,
  type JsonSchema,
  type FormJsonSchemaOptions,
} from './json-schema';
export { fieldError } from './messages';
export * from './values';
export {
  REQUIREMENT_ELEMENTS,
  type FormValues,
  type FormEvaluation,
  type FormFieldError,
  type FormErrorCode,
  type ElementState,
  type RequirementElement,
} from './types';

// formJsonSchema: the draft-07 JSON Schema of a form template's data, compiled once per
// template object by ajv — the same validators run in the browser and on the server (W3).
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FormField, FormTemplate, TableColumn } from '../../schemas';
import { DECISION_ROLES, INFLUENCE_LEVELS } from './values';

export type JsonSchema = Record<string, unknown>;

export interface FormJsonSchemaOptions {
  /** Label language for `title`/`description` (default zh). */
  lang?: 'zh' | 'en';
  /** Also list always-required fields in `required` (for other renderers, e.g. rjsf). */
  staticRequired?: boolean;
}

const STANCES = ['champion', 'supporter', 'neutral', 'opponent', 'unknown'];
const optionValues = (f: { options?: { value: string }[] }) => (f.options ?? []).map((o) => o.value);

function enumOf(values: string[]): JsonSchema {
  return values.length ? { type: 'string', enum: values } : { type: 'string', minLength: 1, maxLength: 100 };
}

function columnSchema(c: TableColumn): JsonSchema {
  switch (c.type) {
    case 'number':
      return { type: 'number' };
    case 'money':
      return { type: 'number', minimum: 0 };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'select':
      return enumOf(optionValues(c));
    case 'multiselect':
      return { type: 'array', items: enumOf(optionValues(c)), uniqueItems: true };
    case 'boolean':
      return { type: 'boolean' };
    default:
      return { type: 'string', maxLength: 1000 };
  }
}

const textLimits = (f: FormField, maxDefault: number): JsonSchema => {
  const v = f.validation ?? {};
  return {
    type: 'string',
    maxLength: v.maxLength ?? maxDefault,
    ...(v.minLength !== undefined ? { minLength: v.minLength } : {}),
    ...(v.pattern !== undefined ? { pattern: v.pattern } : {}),
  };
};
const numLimits = (f: FormField, base: JsonSchema): JsonSchema => {
  const v = f.validation ?? {};
  return {
    ...base,
    ...(v.min !== undefined ? { minimum: v.min } : {}),
    ...(v.max !== undefined ? { maximum: v.max } : {}),
  };
};
const itemLimits = (f: FormField): JsonSchema => {
  const v = f.validation ?? {};
  return {
    ...(v.minItems !== undefined ? { minItems: v.minItems } : {}),
    ...(v.maxItems !== undefined ? { maxItems: v.maxItems } : {}),
  };
};

/** The JSON Schema of one field's value (without required-ness). */
export function fieldJsonSchema(f: FormField): JsonSchema {
  const v = f.validation ?? {};
  switch (f.type) {
    case 'text':
      return textLimits(f, 500);
    case 'textarea':
      return textLimits(f, 10_000);
    case 'number':
      return numLimits(f, { type: 'number' });
    case 'money':
      return numLimits(f, { type: 'number' });
    case 'rating':
      return { type: 'integer', minimum: v.min ?? 1, maximum: v.max ?? 5 };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'boolean':
      return { type: 'boolean' };
    case 'select':
      return enumOf(optionValues(f));
    case 'multiselect':
      return { type: 'array', items: enumOf(optionValues(f)), uniqueItems: true, ...itemLimits(f) };
    case 'person':
      return {
        type: 'object',
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100 },
          title: { type: 'string', maxLength: 100 },
          phone: { type: 'string', maxLength: 32 },
          email: { type: 'string', maxLength: 254 },
          userId: { type: 'string', maxLength: 64 },
        },
        required: ['name'],
        additionalProperties: false,
      };
    case 'table': {
      const columns = f.columns ?? [];
      const properties = Object.fromEntries(columns.map((c) => [c.key, columnSchema(c)]));
      const required = columns.filter((c) => c.required).map((c) => c.key);
      return {
        type: 'array',
        maxItems: v.maxItems ?? 200,
        ...(v.minItems !== undefined ? { minItems: v.minItems } : {}),
        items: {
          type: 'object',
          properties,
          ...(required.length ? { required } : {}),
          additionalProperties: false,
        },
      };
    }
    case 'decision_flow': {
      const roles = f.options?.length ? [...optionValues(f), 'other'] : [...DECISION_ROLES];
      return {
        type: 'object',
        properties: {
          nodes: {
            type: 'array',
            maxItems: v.maxItems ?? 50,
            ...(v.minItems !== undefined ? { minItems: v.minItems } : {}),
            items: {
              type: 'object',
              properties: {
                id: { type: 'string', minLength: 1, maxLength: 64 },
                name: { type: 'string', minLength: 1, maxLength: 100 },
                title: { type: 'string', maxLength: 100 },
                role: { type: 'string', enum: [...new Set(roles)] },
                influence: { type: 'string', enum: [...INFLUENCE_LEVELS] },
                stance: { type: 'string', enum: STANCES },
              },
              required: ['id', 'name', 'role'],
              additionalProperties: false,
            },
          },
          edges: {
            type: 'array',
            maxItems: 200,
            items: {
              type: 'object',
              properties: {
                from: { type: 'string', minLength: 1, maxLength: 64 },
                to: { type: 'string', minLength: 1, maxLength: 64 },
              },
              required: ['from', 'to'],
              additionalProperties: false,
            },
          },
        },
        required: ['nodes', 'edges'],
        additionalProperties: false,
      };
    }
    case 'acceptance_criteria':
      return {
        type: 'array',
        maxItems: v.maxItems ?? 50,
        ...(v.minItems !== undefined ? { minItems: v.minItems } : {}),
        items: {
          type: 'object',
          properties: {
            criterion: { type: 'string', minLength: 1, maxLength: 500 },
            metric: { type: 'string', maxLength: 200 },
            target: { type: 'string', maxLength: 200 },
            verifiedBy: { type: 'string', maxLength: 100 },
          },
          required: ['criterion'],
          additionalProperties: false,
        },
      };
    case 'file':
      return {
        type: 'array',
        maxItems: v.maxItems ?? 20,
        ...(v.minItems !== undefined ? { minItems: v.minItems } : {}),
        items: {
          type: 'object',
          properties: {
            id: { type: 'string', minLength: 1, maxLength: 128 },
            name: { type: 'string', minLength: 1, maxLength: 255 },
            size: { type: 'integer', minimum: 0, maximum: 1073741824 },
            contentType: { type: 'string', maxLength: 255 },
          },
          required: ['id', 'name'],
          additionalProperties: false,
        },
      };
    default:
      return {};
  }
}

/** Every field of a template, in display order, with its section. */
export function templateFields(template: FormTemplate): FormField[] {
  return template.sections.flatMap((s) => s.fields);
}

/** The draft-07 JSON Schema of the whole form data (unknown keys are refused). */
export function formJsonSchema(template: FormTemplate, opts: FormJsonSchemaOptions = {}): JsonSchema {
  const lang = opts.lang ?? 'zh';
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const f of templateFields(template)) {
    properties[f.key] = {
      title: f.label[lang],
      ...(f.help ? { description: f.help[lang] } : {}),
      ...fieldJsonSchema(f),
    };
    if (opts.staticRequired && f.required && !f.visibleWhen) required.push(f.key);
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: template.title[lang],
    type: 'object',
    properties,
    ...(required.length ? { required } : {}),
    additionalProperties: false,
  };
}

// ---- compiled validators, cached per template object and per field -------------------

let ajv: Ajv | undefined;
function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    addFormats(ajv);
  }
  return ajv;
}

const fieldValidators = new WeakMap<FormField, ValidateFunction>();

/** The compiled validator of one field's value (cached per field object: templates are immutable). */
export function fieldValidator(f: FormField): ValidateFunction {
  let fn = fieldValidators.get(f);
  if (!fn) {
    fn = instance().compile(fieldJsonSchema(f));
    fieldValidators.set(f, fn);
  }
  return fn;
}

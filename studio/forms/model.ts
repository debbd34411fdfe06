/**
 * The form-template editor's model: the artefact content with a stable uid on every section
 * and field (for React keys and drag and drop). `toContent(fromContent(c))` deep-equals `c`:
 * sections and fields are kept as loaded (unknown members included) and only edited in place.
 */
import { newId } from '../conditions/tree';
import type { BuilderField } from '../conditions/operators';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'select'
  | 'multiselect'
  | 'boolean'
  | 'person'
  | 'table'
  | 'decision_flow'
  | 'acceptance_criteria'
  | 'file'
  | 'rating';

export const FIELD_TYPES: readonly FieldType[] = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'select',
  'multiselect',
  'boolean',
  'person',
  'table',
  'decision_flow',
  'acceptance_criteria',
  'file',
  'rating',
];

export type Json = Record<string, unknown>;

export interface FieldModel {
  uid: string;
  /** the field exactly as stored (edits replace members, never mutate) */
  data: Json;
}

export interface SectionModel {
  uid: string;
  /** the section without its fields */
  data: Json;
  fields: FieldModel[];
}

export interface FormModel {
  base: Json;
  sections: SectionModel[];
}

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

export function fromContent(content: unknown): FormModel {
  const c = obj(content);
  const sections = Array.isArray(c.sections) ? c.sections : [];
  return {
    base: c,
    sections: sections.map((raw) => {
      const s = obj(raw);
      const fields = Array.isArray(s.fields) ? s.fields : [];
      return { uid: newId('sec'), data: s, fields: fields.map((f) => ({ uid: newId('fld'), data: obj(f) })) };
    }),
  };
}

export function toContent(m: FormModel): Json {
  return {
    ...m.base,
    sections: m.sections.map((s) => ({ ...s.data, fields: s.fields.map((f) => f.data) })),
  };
}

/** Every field key used in the template. */
export const fieldKeys = (m: FormModel): string[] =>
  m.sections.flatMap((s) => s.fields.map((f) => String(f.data.key ?? '')));

function unique(base: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

const TYPE_LABELS: Record<FieldType, { zh: string; en: string }> = {
  text: { zh: '单行文本', en: 'Text' },
  textarea: { zh: '多行文本', en: 'Long text' },
  number: { zh: '数字', en: 'Number' },
  money: { zh: '金额', en: 'Amount' },
  date: { zh: '日期', en: 'Date' },
  select: { zh: '单选', en: 'Single choice' },
  multiselect: { zh: '多选', en: 'Multiple choice' },
  boolean: { zh: '是/否', en: 'Yes / no' },
  person: { zh: '人员', en: 'Person' },
  table: { zh: '明细表', en: 'Table' },
  decision_flow: { zh: '决策流程', en: 'Decision flow' },
  acceptance_criteria: { zh: '验收标准', en: 'Acceptance criteria' },
  file: { zh: '附件', en: 'File' },
  rating: { zh: '评分', en: 'Rating' },
};

/** A new, schema-valid field of `type` with a key not yet used in the template. */
export function newField(type: FieldType, m: FormModel): FieldModel {
  const key = unique(
    type === 'decision_flow'
      ? 'decisionFlow'
      : `${type.replace(/_(\w)/g, (_, c: string) => c.toUpperCase())}`,
    new Set(fieldKeys(m)),
  );
  const n = key.replace(/^\D+/, '');
  const label = { zh: `${TYPE_LABELS[type].zh} ${n}`, en: `${TYPE_LABELS[type].en} ${n}` };
  const data: Json = { key, type, label };
  if (type === 'select' || type === 'multiselect')
    data.options = [
      { value: 'option_1', label: { zh: '选项一', en: 'Option 1' } },
      { value: 'option_2', label: { zh: '选项二', en: 'Option 2' } },
    ];
  if (type === 'table') data.columns = [{ key: 'name', type: 'text', label: { zh: '名称', en: 'Name' } }];
  if (type === 'money') data.unit = 'CNY';
  if (type === 'rating') data.validation = { min: 1, max: 5 };
  if (type === 'decision_flow') data.element = 'decision_flow';
  if (type === 'acceptance_criteria') data.element = 'acceptance_criteria';
  return { uid: newId('fld'), data };
}

/** A new section with a unique id and no fields. */
export function newSection(m: FormModel): SectionModel {
  const id = unique('section_', new Set(m.sections.map((s) => String(s.data.id ?? ''))));
  const n = id.slice('section_'.length);
  return { uid: newId('sec'), data: { id, title: { zh: `分组 ${n}`, en: `Section ${n}` } }, fields: [] };
}

/** Where a field is: section index and field index. */
export function locateField(m: FormModel, uid: string): { s: number; f: number } | null {
  for (let s = 0; s < m.sections.length; s++) {
    const f = m.sections[s]!.fields.findIndex((x) => x.uid === uid);
    if (f >= 0) return { s, f };
  }
  return null;
}

export function updateField(m: FormModel, uid: string, data: Json): FormModel {
  return {
    ...m,
    sections: m.sections.map((s) => ({
      ...s,
      fields: s.fields.map((f) => (f.uid === uid ? { ...f, data } : f)),
    })),
  };
}

export function removeField(m: FormModel, uid: string): FormModel {
  return { ...m, sections: m.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f.uid !== uid) })) };
}

export function insertField(m: FormModel, sectionUid: string, index: number, field: FieldModel): FormModel {
  return {
    ...m,
    sections: m.sections.map((s) => {
      if (s.uid !== sectionUid) return s;
      const fields = [...s.fields];
      fields.splice(Math.max(0, Math.min(index, fields.length)), 0, field);
      return { ...s, fields };
    }),
  };
}

/** The condition builder's fields for visible-when / required-when: the form's own keys. */
export function conditionFields(m: FormModel, except?: string): BuilderField[] {
  const out: BuilderField[] = [];
  for (const s of m.sections)
    for (const { data } of s.fields) {
      const key = String(data.key ?? '');
      if (!key || key === except) continue;
      const type = builderType(String(data.type));
      if (!type) continue;
      const label = obj(data.label) as { zh?: string; en?: string };
      const options = Array.isArray(data.options)
        ? (data.options as Json[]).map((o) => ({
            value: o.value,
            label: obj(o.label) as { zh: string; en: string },
          }))
        : undefined;
      out.push({ path: key, type, label: { zh: label.zh || key, en: label.en || key }, options });
    }
  return out;
}

function builderType(t: string): string | null {
  switch (t) {
    case 'text':
    case 'person':
      return 'string';
    case 'textarea':
      return 'text';
    case 'number':
    case 'rating':
      return 'number';
    case 'money':
      return 'money';
    case 'date':
      return 'date';
    case 'select':
      return 'enum';
    case 'multiselect':
      return 'tags';
    case 'boolean':
      return 'boolean';
    default:
      return null;
  }
}

export const EMPTY_FORM = {
  purpose: 'custom',
  title: { zh: '新表单', en: 'New form' },
  sections: [{ id: 'section_1', title: { zh: '分组 1', en: 'Section 1' }, fields: [] }],
  triggers: [],
};

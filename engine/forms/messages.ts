// Readable, bilingual field-error messages (zh-CN first) from ajv errors and the engine's own checks.
import type { ErrorObject } from 'ajv';
import type { FormErrorCode, FormFieldError } from './types';

type Params = Record<string, unknown>;
type Text = { zh: string; en: string };

const num = (p: Params, k: string) => String(p[k] ?? '');

const TEXTS: Record<FormErrorCode, (p: Params) => Text> = {
  required: () => ({ zh: '此项为必填项', en: 'This field is required' }),
  type: (p) => ({ zh: `类型不正确（应为${typeZh(num(p, 'type'))}）`, en: `Must be a ${num(p, 'type')}` }),
  minLength: (p) => ({ zh: `至少 ${num(p, 'limit')} 个字符`, en: `At least ${num(p, 'limit')} characters` }),
  maxLength: (p) => ({ zh: `最多 ${num(p, 'limit')} 个字符`, en: `At most ${num(p, 'limit')} characters` }),
  pattern: () => ({ zh: '格式不符合要求', en: 'Does not match the required format' }),
  minimum: (p) => ({ zh: `不能小于 ${num(p, 'limit')}`, en: `Must be at least ${num(p, 'limit')}` }),
  maximum: (p) => ({ zh: `不能大于 ${num(p, 'limit')}`, en: `Must be at most ${num(p, 'limit')}` }),
  integer: () => ({ zh: '必须是整数', en: 'Must be a whole number' }),
  enum: () => ({ zh: '请从选项中选择', en: 'Choose one of the options' }),
  format: (p) =>
    p.format === 'date'
      ? { zh: '日期格式应为 YYYY-MM-DD', en: 'Date must be YYYY-MM-DD' }
      : { zh: '格式不正确', en: `Must be a valid ${num(p, 'format')}` },
  minItems: (p) => ({ zh: `至少需要 ${num(p, 'limit')} 项`, en: `Add at least ${num(p, 'limit')} items` }),
  maxItems: (p) => ({ zh: `最多 ${num(p, 'limit')} 项`, en: `At most ${num(p, 'limit')} items` }),
  uniqueItems: () => ({ zh: '存在重复项', en: 'Items must not repeat' }),
  unknownField: (p) => ({
    zh: `表单中没有字段「${num(p, 'key')}」`,
    en: `The form has no field "${num(p, 'key')}"`,
  }),
  unknownProperty: (p) => ({
    zh: `不支持的属性「${num(p, 'key')}」`,
    en: `Unsupported property "${num(p, 'key')}"`,
  }),
  edgeNode: (p) => ({
    zh: `审批关系引用了不存在的人员「${num(p, 'id')}」`,
    en: `Approval step refers to unknown person "${num(p, 'id')}"`,
  }),
  edgeSelf: () => ({ zh: '人员不能审批自己', en: 'A person cannot follow themselves' }),
  edgeCycle: () => ({ zh: '审批顺序不能形成循环', en: 'The approval order must not loop' }),
  duplicateNode: (p) => ({
    zh: `人员编号「${num(p, 'id')}」重复`,
    en: `Person id "${num(p, 'id')}" is used twice`,
  }),
  fileType: (p) => ({
    zh: `仅支持 ${num(p, 'accept')} 格式`,
    en: `Only ${num(p, 'accept')} files are accepted`,
  }),
  fileSize: (p) => ({
    zh: `文件不能超过 ${num(p, 'limit')} MB`,
    en: `Files must be at most ${num(p, 'limit')} MB`,
  }),
  invalid: () => ({ zh: '取值无效', en: 'Invalid value' }),
};

function typeZh(t: string): string {
  return (
    (
      {
        string: '文本',
        number: '数字',
        integer: '整数',
        boolean: '是/否',
        array: '列表',
        object: '对象',
      } as Record<string, string>
    )[t] ?? t
  );
}

export function fieldError(
  path: string,
  field: string,
  code: FormErrorCode,
  params: Params = {},
): FormFieldError {
  const i18n = TEXTS[code](params);
  return { path, field, code, message: i18n.en, i18n };
}

const AJV_CODES: Record<string, FormErrorCode> = {
  type: 'type',
  minLength: 'minLength',
  maxLength: 'maxLength',
  pattern: 'pattern',
  minimum: 'minimum',
  maximum: 'maximum',
  exclusiveMinimum: 'minimum',
  exclusiveMaximum: 'maximum',
  enum: 'enum',
  format: 'format',
  minItems: 'minItems',
  maxItems: 'maxItems',
  uniqueItems: 'uniqueItems',
  required: 'required',
  additionalProperties: 'unknownProperty',
};

/** One ajv error of a field's value → a field error at /<field><instancePath>. */
export function fromAjv(field: string, e: ErrorObject): FormFieldError {
  const p = e.params as Params;
  let path = `/${field}${e.instancePath}`;
  let code = AJV_CODES[e.keyword] ?? 'invalid';
  if (e.keyword === 'required') path += `/${String(p.missingProperty)}`;
  if (e.keyword === 'additionalProperties')
    return fieldError(`${path}/${String(p.additionalProperty)}`, field, code, { key: p.additionalProperty });
  if (e.keyword === 'type' && p.type === 'integer') code = 'integer';
  return fieldError(path, field, code, p);
}

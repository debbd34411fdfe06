/**
 * Semantic checks of a form template: unique section ids and field keys; visibleWhen,
 * requiredWhen and trigger conditions may only read the form's own field keys.
 */
import type { LogicField } from '../logic/fields';
import { at, checkRuleAt, itemName, listAt, strAt, uniqueIds, type Issue } from './common';

/** Logic type of each form field type (lists: tags; structured values: other). */
const LOGIC_TYPE: Readonly<Record<string, string>> = {
  text: 'string',
  textarea: 'text',
  person: 'string',
  number: 'number',
  rating: 'number',
  money: 'money',
  date: 'date',
  select: 'enum',
  multiselect: 'tags',
  boolean: 'boolean',
};

/** The form's fields as logic fields (key → type, select options kept). */
export function formFields(content: unknown): LogicField[] {
  const fields: LogicField[] = [];
  for (const section of listAt(content, 'sections')) {
    for (const f of listAt(section, 'fields')) {
      const key = strAt(f, 'key');
      if (!key) continue;
      const type = LOGIC_TYPE[strAt(f, 'type') ?? ''] ?? 'other';
      const options = listAt(f, 'options').map((o) => ({ value: at(o, 'value') }));
      fields.push(type === 'enum' ? { path: key, type, options } : { path: key, type });
    }
  }
  return fields;
}

export function checkFormTemplate(content: unknown): Issue[] {
  const sections = listAt(content, 'sections');
  const fields = formFields(content);
  const issues = uniqueIds(sections, '/sections', 'section');
  const seen = new Set<string>();
  sections.forEach((section, s) => {
    const base = `/sections/${s}`;
    issues.push(
      ...checkRuleAt(
        at(section, 'visibleWhen'),
        `${base}/visibleWhen`,
        itemName('section', section, s),
        fields,
      ),
    );
    listAt(section, 'fields').forEach((f, i) => {
      const path = `${base}/fields/${i}`;
      const key = strAt(f, 'key');
      const who = itemName('field', f, i, 'key');
      if (key !== undefined && seen.has(key))
        issues.push({ path: `${path}/key`, message: `field key "${key}" is used more than once` });
      if (key !== undefined) seen.add(key);
      issues.push(...uniqueIds(listAt(f, 'columns'), `${path}/columns`, `${who}: column`, 'key'));
      issues.push(...checkRuleAt(at(f, 'visibleWhen'), `${path}/visibleWhen`, who, fields));
      issues.push(...checkRuleAt(at(f, 'requiredWhen'), `${path}/requiredWhen`, who, fields));
    });
  });
  const triggers = listAt(content, 'triggers');
  issues.push(...uniqueIds(triggers, '/triggers', 'trigger'));
  triggers.forEach((t, i) =>
    issues.push(...checkRuleAt(at(t, 'when'), `/triggers/${i}/when`, itemName('trigger', t, i), fields)),
  );
  return issues;
}

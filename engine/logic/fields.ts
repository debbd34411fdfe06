/**
 * The minimal view of the field catalogue the logic checker needs (structurally
 * compatible with schemas' FieldDef), and helpers to look fields up by path.
 */
export interface LogicField {
  path: string;
  type: string;
  unit?: string;
  options?: readonly { value: unknown }[];
}

export type FieldKind = 'numeric' | 'boolean' | 'text' | 'enum' | 'date' | 'tags' | 'other';

export function fieldKind(type: string): FieldKind {
  switch (type) {
    case 'number':
    case 'money':
    case 'duration':
      return 'numeric';
    case 'boolean':
      return 'boolean';
    case 'string':
    case 'text':
      return 'text';
    case 'enum':
      return 'enum';
    case 'date':
      return 'date';
    case 'tags':
      return 'tags';
    default:
      return 'other';
  }
}

export interface FieldIndex {
  byPath: ReadonlyMap<string, LogicField>;
  prefixes: ReadonlySet<string>;
}

const indexCache = new WeakMap<readonly LogicField[], FieldIndex>();

export function indexFields(fields: readonly LogicField[]): FieldIndex {
  const cached = indexCache.get(fields);
  if (cached) return cached;
  const byPath = new Map<string, LogicField>();
  const prefixes = new Set<string>();
  for (const f of fields) {
    byPath.set(f.path, f);
    const parts = f.path.split('.');
    for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join('.'));
  }
  const index = { byPath, prefixes };
  indexCache.set(fields, index);
  return index;
}

export type PathResolution = { field: LogicField } | { object: true } | { element: LogicField } | null;

/** Resolve a var path: a field, an object prefix ("company"), a tags element ("tags.0"), or unknown. */
export function resolvePath(index: FieldIndex, path: string): PathResolution {
  const field = index.byPath.get(path);
  if (field) return { field };
  if (index.prefixes.has(path)) return { object: true };
  const dot = path.lastIndexOf('.');
  if (dot > 0 && /^\d+$/.test(path.slice(dot + 1))) {
    const list = index.byPath.get(path.slice(0, dot));
    if (list && fieldKind(list.type) === 'tags') return { element: list };
  }
  return null;
}

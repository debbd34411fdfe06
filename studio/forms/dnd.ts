/**
 * What a drag does to a form template: drop a palette type to create a field, move a field
 * within or across sections, reorder sections. Pure; the pointer and the keyboard sensor share it.
 */
import { arrayMove } from '@dnd-kit/sortable';
import type { DragRef } from '../dnd/ids';
import { insertField, locateField, newField, removeField, type FieldType, type FormModel } from './model';

export type { DragRef } from '../dnd/ids';

export const sectionDragId = (uid: string) => `section:${uid}`;
export const sectionDropId = (uid: string) => `fdrop:${uid}`;
export const typeDragId = (type: string) => `ftype:${type}`;

/** Section and index a drop on `over` inserts at (a field: its place; a section's zone: the end). */
function target(m: FormModel, over: DragRef): { sectionUid: string; index: number } | null {
  if (over.data?.type === 'formContainer' && over.data.sectionUid) {
    const s = m.sections.find((x) => x.uid === over.data!.sectionUid);
    return s ? { sectionUid: s.uid, index: s.fields.length } : null;
  }
  const at = locateField(m, over.id);
  return at ? { sectionUid: m.sections[at.s]!.uid, index: at.f } : null;
}

/** Live move of a field into another section while dragging over it. */
export function dragOver(m: FormModel, active: DragRef, over: DragRef): FormModel {
  if (active.data?.type !== 'formField' || active.id === over.id) return m;
  const from = locateField(m, active.id);
  const to = target(m, over);
  if (!from || !to || m.sections[from.s]!.uid === to.sectionUid) return m;
  const field = m.sections[from.s]!.fields[from.f]!;
  return insertField(removeField(m, active.id), to.sectionUid, to.index, field);
}

/** The end of a drag. Returns the new model and, for a new field, its uid (to select it). */
export function dragEnd(
  m: FormModel,
  active: DragRef,
  over: DragRef | null,
): { model: FormModel; created?: string } {
  if (!over) return { model: m };
  const type = active.data?.type;
  if (type === 'section') {
    const from = m.sections.findIndex((s) => sectionDragId(s.uid) === active.id);
    const to = m.sections.findIndex((s) => sectionDragId(s.uid) === over.id);
    if (from < 0 || to < 0 || from === to) return { model: m };
    return { model: { ...m, sections: arrayMove(m.sections, from, to) } };
  }
  if (type === 'fieldType' && active.data?.fieldType) {
    const to = target(m, over);
    if (!to) return { model: m };
    const field = newField(active.data.fieldType as FieldType, m);
    const index = to.index + (over.data?.type === 'formField' ? 1 : 0);
    return { model: insertField(m, to.sectionUid, index, field), created: field.uid };
  }
  if (type === 'formField') {
    const from = locateField(m, active.id);
    const to = target(m, over);
    if (!from || !to) return { model: m };
    const section = m.sections[from.s]!;
    if (section.uid !== to.sectionUid) return { model: m };
    const dest = over.data?.type === 'formContainer' ? section.fields.length - 1 : to.index;
    if (dest === from.f) return { model: m };
    return {
      model: {
        ...m,
        sections: m.sections.map((s, i) =>
          i === from.s ? { ...s, fields: arrayMove(s.fields, from.f, dest) } : s,
        ),
      },
    };
  }
  return { model: m };
}

/** Adds a field of `type` at the end of a section (the palette's keyboard / click path). */
export function addToSection(m: FormModel, sectionUid: string, type: FieldType) {
  const s = m.sections.find((x) => x.uid === sectionUid) ?? m.sections.at(-1);
  if (!s) return { model: m };
  const field = newField(type, m);
  return { model: insertField(m, s.uid, s.fields.length, field), created: field.uid };
}

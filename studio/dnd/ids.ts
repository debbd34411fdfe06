// Drag-and-drop item kinds shared by the studio's editors (one DndContext per editor).
import type { CSSProperties } from 'react';

export type DragKind = 'rule' | 'node' | 'field' | 'section' | 'formField' | 'fieldType' | 'item';

export interface DragData {
  type: DragKind | 'container' | 'formContainer';
  /** rule that owns a node or container */
  ruleUid?: string;
  /** for a container: the group it appends to */
  groupId?: string;
  /** for a palette field: its catalogue path */
  path?: string;
  /** form editor: the section a field or drop zone belongs to */
  sectionUid?: string;
  /** form editor: the field type a palette entry creates */
  fieldType?: string;
}

export const containerId = (groupId: string) => `drop:${groupId}`;
export const ruleDragId = (uid: string) => `rule:${uid}`;
export const fieldDragId = (path: string) => `field:${path}`;

/** Whether a droppable of `target` kind accepts an item of `active` kind. */
export function accepts(active: DragKind | undefined, target: DragData['type']): boolean {
  if (!active) return true;
  if (active === 'rule' || active === 'section' || active === 'item') return target === active;
  if (active === 'formField' || active === 'fieldType')
    return target === 'formField' || target === 'formContainer';
  return target === 'node' || target === 'container';
}

/** A sortable's transform (@dnd-kit/utilities is not a direct dependency). */
export interface Transform {
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
}

/** CSS for a sortable's transform (what @dnd-kit/utilities' CSS.Transform.toString does). */
export function transformStyle(transform: Transform | null, transition?: string): CSSProperties {
  return {
    transform: transform
      ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0) scaleX(${transform.scaleX}) scaleY(${transform.scaleY})`
      : undefined,
    transition,
  };
}

/** A dragged item or drop target as the editors' pure drag logic sees it. */
export interface DragRef {
  id: string;
  data?: DragData;
}

/** The `active` / `over` of a dnd-kit event as a DragRef. */
export const dragRef = (x: { id: string | number; data: { current?: unknown } } | null): DragRef | null =>
  x ? { id: String(x.id), data: x.data.current as DragData | undefined } : null;

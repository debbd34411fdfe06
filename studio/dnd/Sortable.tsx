import type { ReactNode } from 'react';
import { useDndContext, useDroppable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { HolderOutlined } from '@ant-design/icons';
import { accepts, transformStyle, type DragData, type DragKind } from './ids';

export type HandleProps = Record<string, unknown>;

/** The kind of the item being dragged right now, if any. */
export function useActiveKind(): DragKind | undefined {
  const { active } = useDndContext();
  return (active?.data.current as DragData | undefined)?.type as DragKind | undefined;
}

/**
 * A sortable item; its droppable side is switched off while an item of a kind it does not
 * accept is dragged (so the keyboard sensor only visits valid targets).
 */
export function Sortable({
  id,
  data,
  readOnly,
  children,
}: {
  id: string;
  data: DragData;
  readOnly?: boolean;
  children: (handle: HandleProps, dragging: boolean) => ReactNode;
}) {
  const active = useActiveKind();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
    data,
    disabled: { draggable: Boolean(readOnly), droppable: !accepts(active, data.type) },
  });
  return (
    <div
      ref={setNodeRef}
      style={{
        ...transformStyle(transform, transition),
        opacity: isDragging ? 0.5 : 1,
        position: 'relative',
      }}
    >
      {children(readOnly ? {} : { ...attributes, ...listeners }, isDragging)}
    </div>
  );
}

/** A drop zone that appends to a group (also the only target of an empty group). */
export function DropZone({ id, data, label }: { id: string; data: DragData; label: string }) {
  const active = useActiveKind();
  const { setNodeRef, isOver } = useDroppable({ id, data, disabled: !accepts(active, data.type) });
  const show = active !== undefined && accepts(active, data.type);
  return (
    <div
      ref={setNodeRef}
      data-testid={id}
      style={{
        border: `1px dashed ${isOver ? '#1677ff' : '#d9d9d9'}`,
        background: isOver ? '#e6f4ff' : undefined,
        borderRadius: 6,
        padding: show ? '6px 8px' : '2px 8px',
        color: '#8c8c8c',
        fontSize: 12,
        marginTop: 4,
      }}
    >
      {label}
    </div>
  );
}

/** The grip a sortable is dragged by: a real button, so it takes focus and the keyboard sensor. */
export function DragHandle({ handle, label }: { handle: HandleProps; label: string }) {
  return (
    <button type="button" className="studio-handle" aria-label={label} title={label} {...handle}>
      <HolderOutlined />
    </button>
  );
}

/** Focus and handle styles for every studio editor (visible keyboard focus). */
export function StudioStyles() {
  return (
    <style>{`
.studio-handle{border:0;background:transparent;cursor:grab;padding:2px 4px;border-radius:4px;color:#595959;line-height:1}
.studio-handle:hover{background:#f0f0f0}
.studio-handle:focus-visible,.studio-editor :focus-visible{outline:2px solid #1677ff;outline-offset:2px}
.studio-handle[aria-pressed="true"]{background:#e6f4ff;color:#1677ff}
.studio-group{border-left:3px solid #91caff;padding:6px 0 6px 10px;margin:4px 0;background:#fafcff;border-radius:4px}
.studio-group[data-op="or"]{border-left-color:#ffd591;background:#fffbf5}
.studio-group[data-op="not"]{border-left-color:#ffa39e;background:#fff8f7}
`}</style>
  );
}

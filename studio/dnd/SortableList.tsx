import { useMemo, type ReactNode } from 'react';
import { closestCenter, DndContext, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useStudioSensors } from './sensors';
import { Sortable, type HandleProps } from './Sortable';

/** `arrayMove` for the pure side of a keyboard or pointer reorder (a no-op when out of range). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || to < 0 || from >= list.length || to >= list.length || from === to) return [...list];
  return arrayMove([...list], from, to);
}

/**
 * A flat list reordered by dragging a handle (pointer or keyboard: Space, arrows, Space), in its
 * own drag-and-drop context. `keys` are stable per item (same order as the items).
 */
export function SortableList<T>({
  items,
  keys,
  readOnly,
  onMove,
  children,
}: {
  items: readonly T[];
  keys: readonly string[];
  readOnly?: boolean;
  onMove: (from: number, to: number) => void;
  children: (item: T, index: number, handle: HandleProps) => ReactNode;
}) {
  const sensors = useStudioSensors();
  const ids = useMemo(() => keys.map((k) => `item:${k}`), [keys]);
  const onDragEnd = (e: DragEndEvent) => {
    if (!e.over) return;
    const from = ids.indexOf(String(e.active.id));
    const to = ids.indexOf(String(e.over.id));
    if (from >= 0 && to >= 0 && from !== to) onMove(from, to);
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {items.map((item, i) => (
          <Sortable key={ids[i]} id={ids[i]!} data={{ type: 'item' }} readOnly={readOnly}>
            {(h) => children(item, i, h)}
          </Sortable>
        ))}
      </SortableContext>
    </DndContext>
  );
}

/** Stable keys for a list edited in place: reuses keys while the length is unchanged. */
export function useListKeys(length: number, prefix: string): string[] {
  return useMemo(() => Array.from({ length }, (_, i) => `${prefix}${i}`), [length, prefix]);
}

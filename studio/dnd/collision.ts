import { closestCenter, pointerWithin, type CollisionDetection } from '@dnd-kit/core';
import { accepts, type DragData } from './ids';

/** Droppables of the dragged item's kind; the innermost one under the pointer, else the closest. */
export const scopedCollision: CollisionDetection = (args) => {
  const kind = (args.active.data.current as DragData | undefined)?.type;
  const droppableContainers = args.droppableContainers.filter((c) =>
    accepts(kind as never, (c.data.current as DragData | undefined)?.type ?? 'node'),
  );
  const scoped = { ...args, droppableContainers };
  if (args.pointerCoordinates) {
    const area = (id: string | number) => {
      const r = args.droppableRects.get(id);
      return r ? r.width * r.height : Infinity;
    };
    const within = pointerWithin(scoped).sort((a, b) => area(a.id) - area(b.id));
    if (within.length) return within;
  }
  return closestCenter(scoped);
};

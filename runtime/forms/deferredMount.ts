// Large forms (W3 performance): sections far below the fold mount when they come near the
// viewport or when the browser is idle, so a 300-field form paints its first screen at once and
// finishes mounting in the background (in order) without blocking typing.
import { useEffect, useState, type RefObject } from 'react';

/** Forms with more fields than this mount progressively. */
export const PROGRESSIVE_FIELDS = 60;
/** Fields mounted at once before deferring (more than a screen). */
export const EAGER_FIELDS = 16;
const NEAR = '800px 0px';

type Idle = (cb: () => void) => number;
const onIdle: Idle = (cb) => {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  return ric ? ric(cb, { timeout: 1000 }) : (setTimeout(cb, 16) as unknown as number);
};

/** Which sections start deferred: none for small forms; after the first section(s) holding ~16 fields for big ones. */
export function deferredSections(fieldCounts: readonly number[]): boolean[] {
  const total = fieldCounts.reduce((a, b) => a + b, 0);
  let seen = 0;
  return fieldCounts.map((n) => {
    const defer = total > PROGRESSIVE_FIELDS && seen >= EAGER_FIELDS;
    seen += n;
    return defer;
  });
}

/** Whether a deferred element may mount: when near the viewport, or in idle time after `order` earlier ones. */
export function useMountWhenNear(ref: RefObject<Element | null>, deferred: boolean, order: number): boolean {
  const [mounted, setMounted] = useState(!deferred);
  useEffect(() => {
    if (mounted) return;
    let cancelled = false;
    const mount = () => {
      if (!cancelled) setMounted(true);
    };
    let io: IntersectionObserver | undefined;
    if (typeof IntersectionObserver !== 'undefined' && ref.current) {
      io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && mount(), {
        rootMargin: NEAR,
      });
      io.observe(ref.current);
    }
    // In order: section k waits for k idle periods, so the main thread stays free between them.
    let left = order + 1;
    const step = () => {
      if (cancelled) return;
      if (--left <= 0) mount();
      else onIdle(step);
    };
    onIdle(step);
    return () => {
      cancelled = true;
      io?.disconnect();
    };
  }, [mounted, ref, order]);
  return mounted;
}

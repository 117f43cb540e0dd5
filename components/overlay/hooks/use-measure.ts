import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Size } from '../geometry.ts';

/**
 * Size of an element after layout, so a popover can be flipped before the user sees it. Falls
 * back to `fallback` until measured (and in test DOMs with no layout).
 */
export function useMeasure<T extends HTMLElement>(fallback: Size): [RefObject<T | null>, Size] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.offsetWidth || fallback.width;
      const height = el.offsetHeight || fallback.height;
      setSize((prev) => (prev.width === width && prev.height === height ? prev : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback.width, fallback.height]);
  return [ref, size];
}

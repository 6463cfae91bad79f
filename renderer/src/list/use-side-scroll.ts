// Tells whether an element's content is wider than the element, so its sideways scroller needs a Tab stop.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** True while `element` scrolls sideways (its content is wider than it); follows resizes of both. */
export function useSideScroll(element: RefObject<HTMLElement | null>): boolean {
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const target = element.current;
    if (target === null) return;
    const measure = (): void => setScrolls(target.scrollWidth > target.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    if (target.firstElementChild !== null) observer.observe(target.firstElementChild);
    return () => observer.disconnect();
  }, [element]);
  return scrolls;
}

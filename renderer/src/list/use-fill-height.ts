// Sizes the list's scroll container to fill the window below its top edge.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The smallest scroll container, so a tiny window still shows a few rows. */
const MIN_HEIGHT = 224;

/** Space kept under the footer: the content area's bottom padding. */
const BOTTOM_GAP = 24;

/** The height that makes `scroller` reach the window's bottom, leaving room for `below`; follows resizes. */
export function useFillHeight(scroller: RefObject<HTMLElement | null>, below: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(MIN_HEIGHT * 2);
  useLayoutEffect(() => {
    const measure = (): void => {
      const element = scroller.current;
      if (element === null) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      const reserved = (below.current?.offsetHeight ?? 0) + BOTTOM_GAP;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - reserved)));
    };
    measure();
    // Anything above the list that grows or shrinks (a banner, the sort progress) changes the body's size.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [scroller, below]);
  return height;
}

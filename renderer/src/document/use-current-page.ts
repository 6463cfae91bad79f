// Which page of the shown document is in view, followed as the user scrolls (IntersectionObserver).
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The attribute each page's list item carries with its page number. */
export const PAGE_ATTRIBUTE = 'data-page';

/** The page crossing a band across the upper middle of the viewport; the first page until one does. */
export function useCurrentPage(listRef: RefObject<HTMLElement | null>, pages: number): number {
  const [current, setCurrent] = useState(1);
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const inBand = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const page = Number(entry.target.getAttribute(PAGE_ATTRIBUTE));
          if (entry.isIntersecting) inBand.add(page);
          else inBand.delete(page);
        }
        if (inBand.size > 0) setCurrent(Math.min(...inBand));
      },
      // A thin band a third of the way down: the page the reader is looking at, whatever the zoom.
      { rootMargin: '-33% 0px -60% 0px' },
    );
    list.querySelectorAll(`[${PAGE_ATTRIBUTE}]`).forEach((item) => observer.observe(item));
    return () => observer.disconnect();
  }, [listRef, pages]);
  return Math.min(current, Math.max(1, pages));
}

/** Scrolls page `page` of the list to the top of the view. */
export function scrollToPage(list: HTMLElement | null, page: number): void {
  list?.querySelector<HTMLElement>(`[${PAGE_ATTRIBUTE}="${page}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' });
}

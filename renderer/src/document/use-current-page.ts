// Which page of the shown document is in view, followed as the user scrolls (IntersectionObserver) and moves focus.
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** The attribute each page's list item carries with its page number. */
export const PAGE_ATTRIBUTE = 'data-page';

// Enough steps that scrolling past a page edge always reports.
const THRESHOLDS = Array.from({ length: 21 }, (_, index) => index / 20);

/** The page across the middle of the view under the sticky bars (where a visited field is scrolled to), else the nearest. */
function pageAtMiddle(list: HTMLElement): number | null {
  const bars = list.closest('.document')?.querySelector('.viewer-toolbar')?.getBoundingClientRect().bottom ?? 0;
  const middle = (Math.max(0, bars) + window.innerHeight) / 2;
  let nearest: { page: number; distance: number } | null = null;
  for (const item of list.querySelectorAll<HTMLElement>(`[${PAGE_ATTRIBUTE}]`)) {
    const rect = item.getBoundingClientRect();
    const distance = rect.top > middle ? rect.top - middle : rect.bottom < middle ? middle - rect.bottom : 0;
    if (nearest === null || distance < nearest.distance) nearest = { page: Number(item.getAttribute(PAGE_ATTRIBUTE)), distance };
  }
  return nearest?.page ?? null;
}

/** The page in view; a focused field or control on a page makes that page current at once. */
export function useCurrentPage(listRef: RefObject<HTMLElement | null>, pages: number): number {
  const [current, setCurrent] = useState(1);
  useEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const observer = new IntersectionObserver(
      () => {
        const page = pageAtMiddle(list);
        if (page !== null) setCurrent(page);
      },
      { threshold: THRESHOLDS },
    );
    list.querySelectorAll(`[${PAGE_ATTRIBUTE}]`).forEach((item) => observer.observe(item));
    const onFocusIn = (event: FocusEvent): void => {
      const item = event.target instanceof Element ? event.target.closest(`[${PAGE_ATTRIBUTE}]`) : null;
      if (item !== null) setCurrent(Number(item.getAttribute(PAGE_ATTRIBUTE)));
    };
    list.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      list.removeEventListener('focusin', onFocusIn);
    };
  }, [listRef, pages]);
  return Math.min(current, Math.max(1, pages));
}

/** Scrolls page `page` of the list to the top of the view. */
export function scrollToPage(list: HTMLElement | null, page: number): void {
  list?.querySelector<HTMLElement>(`[${PAGE_ATTRIBUTE}="${page}"]`)?.scrollIntoView({ block: 'start', behavior: 'instant' });
}

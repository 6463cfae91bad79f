// Loads the next document's first pages while the user reads the shown one, so moving on shows them at once.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../shared/contract';
import { pageImageQuery } from '../api/document-queries';
import { pageImageSize, pageRatio } from './page-geometry';
import type { ViewerFrame, Zoom } from './zoom';
import { pageCssWidth } from './zoom';

/** Pages of the next document loaded ahead: the ones its viewer asks for first (a screen's worth at fit-width). */
const PAGES_AHEAD = 2;

/** Width of the thumbnails column, in rem, as viewer.css sets it for documents of more than one page. */
const THUMBNAILS_REM = 6.5;

/** The width the next document's pages column will have: the thumbnails column comes or goes with its page count. */
function nextFrameWidth(frame: HTMLElement, width: number, current: DocumentSummary, next: DocumentSummary): number {
  const hasThumbnails = (document: DocumentSummary): boolean => document.pages > 1;
  if (hasThumbnails(current) === hasThumbnails(next)) return width;
  const body = frame.parentElement;
  const style = body === null ? null : getComputedStyle(body);
  const gap = style === null ? 0 : Number.parseFloat(style.columnGap) || 0;
  const rem = Number.parseFloat(getComputedStyle(window.document.documentElement).fontSize) || 16;
  const column = THUMBNAILS_REM * rem + gap;
  return hasThumbnails(next) ? width - column : width + column;
}

/** What the prefetch needs: the shown document and its measured frame, the zoom, and the document after it. */
export interface NextDocumentPrefetch {
  packageId: number;
  current: DocumentSummary;
  next: DocumentSummary | undefined;
  frame: ViewerFrame;
  frameRef: RefObject<HTMLElement | null>;
  zoom: Zoom;
  /** The shown document's page width in CSS pixels (0 before measured). */
  cssWidth: number;
}

/**
 * Once the shown document's first page image is in (so it never competes with it), loads the next document's
 * first page images at the size its viewer will ask for. Reads only: a page image texts no code and changes nothing.
 * Returns true once that first page image has come back (or failed), for other images that should wait for it.
 */
export function useNextDocumentPrefetch({ packageId, current, next, frame, frameRef, zoom, cssWidth }: NextDocumentPrefetch): boolean {
  const queryClient = useQueryClient();
  const size = pageImageSize(cssWidth, window.devicePixelRatio, current.width, current.height);
  // Watches the cache only: the viewer itself loads this image.
  const firstPage = useQuery({
    ...pageImageQuery({ packageId, documentId: current.id, page: 1, width: size?.width ?? 0, height: size?.height ?? 0 }),
    enabled: false,
  });
  const firstPageIn = firstPage.data?.ok === true;

  useEffect(() => {
    const element = frameRef.current;
    if (!firstPageIn || next === undefined || element === null || !(frame.width > 0)) return;
    const width = nextFrameWidth(element, frame.width, current, next);
    const css = pageCssWidth(zoom, { ...frame, width }, next.width, pageRatio(next.width, next.height));
    const nextSize = pageImageSize(css, window.devicePixelRatio, next.width, next.height);
    if (nextSize === null) return;
    for (let page = 1; page <= Math.min(PAGES_AHEAD, next.pages); page += 1) {
      void queryClient.prefetchQuery(pageImageQuery({ packageId, documentId: next.id, page, ...nextSize }));
    }
  }, [firstPageIn, next, frame, frameRef, current, zoom, packageId, queryClient]);
  return firstPage.data !== undefined;
}

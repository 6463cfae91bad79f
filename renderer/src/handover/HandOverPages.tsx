// The document's pages for the walk-up signer: read-only images from the hand-over bridge, with their one field
// highlighted and scrolled into view. Nothing on them can be pressed.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { HandOverInfo } from '../../../shared/hand-over-contract';
import { handOver } from '../api/bridge';
import type { PageImageResult } from '../api/document-queries';
import { toApiError } from '../api/result';
import { pageImageSize, percentRect } from '../document/page-geometry';
import { PageImageContent } from '../document/PageImageContent';
import { useViewerFrame } from '../document/use-viewer-frame';

/** Props of the pages view. */
export interface HandOverPagesProps {
  info: Pick<HandOverInfo, 'pages' | 'page' | 'box' | 'documentName'>;
}

// Wide enough to read, narrow enough to leave room for the form beside it.
const MAX_PAGE_WIDTH = 900;

/** Every page of the document, the field's page scrolled into view once the column is measured. */
export function HandOverPages({ info }: HandOverPagesProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const fieldPageRef = useRef<HTMLLIElement>(null);
  const scrolled = useRef(false);
  const frame = useViewerFrame(frameRef);
  const cssWidth = Math.min(frame.width, MAX_PAGE_WIDTH);
  const box = info.box;
  const size = pageImageSize(cssWidth, window.devicePixelRatio, box?.pageWidth ?? 0, box?.pageHeight ?? 0);
  const ratio = box !== null && box.pageWidth > 0 && box.pageHeight > 0 ? `${box.pageWidth} / ${box.pageHeight}` : '794 / 1123';

  useEffect(() => {
    if (cssWidth <= 0 || scrolled.current) return;
    scrolled.current = true;
    fieldPageRef.current?.scrollIntoView({ block: 'center' });
  }, [cssWidth]);

  const pages = Array.from({ length: Math.max(0, info.pages) }, (_, index) => index + 1);
  return (
    // Focusable, so the pages scroll from the keyboard: nothing on them takes focus.
    <div ref={frameRef} className="hand-over-pages" role="region" aria-label="Document" tabIndex={0}>
      <ol className="pages" aria-label={`Pages of ${info.documentName}`}>
        {pages.map((page) => (
          <li
            key={page}
            ref={page === info.page ? fieldPageRef : undefined}
            className="page"
            style={{ aspectRatio: ratio, width: cssWidth > 0 ? `${cssWidth}px` : undefined }}
          >
            <PageContent page={page} pages={info.pages} size={size} />
            {page === info.page && <FieldHighlight box={box} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** One page's image, or why it could not be shown. */
function PageContent({ page, pages, size }: { page: number; pages: number; size: { width: number; height: number } | null }) {
  const image = useQuery({
    queryKey: ['hand-over-page', page, size?.width ?? 0, size?.height ?? 0],
    queryFn: async (): Promise<PageImageResult> => {
      try {
        const result = await handOver().getHandOverPage({ page, width: size?.width ?? 0, height: size?.height ?? 0 });
        return result.ok ? { ok: true, image: result.value } : { ok: false, error: result.error };
      } catch (cause) {
        return { ok: false, error: toApiError(cause) };
      }
    },
    enabled: size !== null,
    staleTime: Infinity,
  });
  return <PageImageContent label={`Page ${page} of ${pages}`} data={image.data} onRetry={() => void image.refetch()} />;
}

/** The signer's field drawn on its page; decorative, since the form says where it is. */
function FieldHighlight({ box }: { box: HandOverInfo['box'] }) {
  const rect = box === null ? null : percentRect(box);
  if (rect === null) return null;
  return (
    <div
      className="hand-over-field"
      aria-hidden="true"
      style={{ left: `${rect.left}%`, top: `${rect.top}%`, width: `${rect.width}%`, height: `${rect.height}%` }}
    />
  );
}

// A document's pages as images at the viewer's zoom, loaded as they scroll near, with each field drawn over its page.
import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DocumentSummary, FieldInfo } from '../../../shared/contract';
import { pageImageQuery } from '../api/document-queries';
import { FieldMark } from './FieldMark';
import { PageImageContent } from './PageImageContent';
import { usePackageWork } from './package-work-context';
import { pageImageSize } from './page-geometry';
import { PAGE_ATTRIBUTE } from './use-current-page';
import './document.css';
import './viewer.css';

/** Props of the pages view. */
export interface PagesViewProps {
  document: DocumentSummary;
  fields: readonly FieldInfo[];
  /** How wide each page is drawn, in CSS pixels (0 before the column is measured). */
  cssWidth: number;
  listRef: RefObject<HTMLOListElement | null>;
}

/** Pages of one document at `cssWidth`, with images at the screen's pixel density (bounded, see pageImageSize). */
export function PagesView({ document, fields, cssWidth, listRef }: PagesViewProps) {
  const size = pageImageSize(cssWidth, window.devicePixelRatio, document.width, document.height);
  const pages = Array.from({ length: Math.max(0, document.pages) }, (_, index) => index + 1);
  return (
    <ol ref={listRef} className="pages" aria-label={`Pages of ${document.name}`}>
      {pages.map((page) => (
        <DocumentPage key={page} document={document} page={page} size={size} cssWidth={cssWidth} fields={fields.filter((field) => field.page === page)} />
      ))}
    </ol>
  );
}

/** Props of one page. */
interface DocumentPageProps {
  document: DocumentSummary;
  page: number;
  size: { width: number; height: number } | null;
  cssWidth: number;
  fields: readonly FieldInfo[];
}

/** One page: a skeleton until it nears the viewport and its image arrives, then the image; marks on top. */
function DocumentPage({ document, page, size, cssWidth, fields }: DocumentPageProps) {
  const work = usePackageWork();
  const itemRef = useRef<HTMLLIElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const item = itemRef.current;
    if (item === null || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      // Start a screen early, so scrolling rarely meets a skeleton.
      { rootMargin: '100% 0px' },
    );
    observer.observe(item);
    return () => observer.disconnect();
  }, [near]);

  const image = useQuery({
    ...pageImageQuery({ packageId: work.packageId, documentId: document.id, page, width: size?.width ?? 0, height: size?.height ?? 0 }),
    enabled: near && size !== null,
    // A zoom or resize keeps the old image up while the sharper one loads.
    placeholderData: keepPreviousData,
  });

  const label = `Page ${page} of ${document.pages}`;
  const ratio = document.width > 0 && document.height > 0 ? `${document.width} / ${document.height}` : '794 / 1123';

  return (
    <li
      ref={itemRef}
      className="page"
      style={{ aspectRatio: ratio, width: cssWidth > 0 ? `${cssWidth}px` : undefined }}
      aria-busy={image.data === undefined}
      {...{ [PAGE_ATTRIBUTE]: page }}
    >
      <PageImageContent label={label} data={image.data} onRetry={() => void image.refetch()} />
      {fields.map((field) => (
        <FieldMark key={field.name} documentId={document.id} field={field} />
      ))}
    </li>
  );
}

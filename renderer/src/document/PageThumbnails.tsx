// Small pictures of the shown document's pages: a list of buttons that scroll the view to their page.
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../shared/contract';
import { pageImageQuery } from '../api/document-queries';
import { usePackageWork } from './package-work-context';
import { pageImageSize } from './page-geometry';

/** How wide a thumbnail is drawn, in CSS pixels. */
const THUMBNAIL_WIDTH = 88;

/** Props of the thumbnails. */
export interface PageThumbnailsProps {
  document: DocumentSummary;
  current: number;
  onPage: (page: number) => void;
  /** True while the first page's own image loads: the thumbnails' images wait, so they never hold it up. */
  waiting?: boolean;
}

/** One button per page; the page in view is marked current. */
export function PageThumbnails({ document, current, onPage, waiting = false }: PageThumbnailsProps) {
  const pages = Array.from({ length: Math.max(0, document.pages) }, (_, index) => index + 1);
  return (
    <nav className="thumbnails" aria-label={`Pages of ${document.name}, thumbnails`}>
      <ol>
        {pages.map((page) => (
          <li key={page}>
            <Thumbnail document={document} page={page} current={page === current} onPage={onPage} waiting={waiting} />
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One page's button: its picture once it nears the view (a small image of its own), and its number. */
function Thumbnail({
  document,
  page,
  current,
  onPage,
  waiting,
}: {
  document: DocumentSummary;
  page: number;
  current: boolean;
  onPage: (page: number) => void;
  waiting: boolean;
}) {
  const work = usePackageWork();
  const ref = useRef<HTMLButtonElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const button = ref.current;
    if (button === null || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        setNear(true);
        observer.disconnect();
      }
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [near]);
  const size = pageImageSize(THUMBNAIL_WIDTH, window.devicePixelRatio, document.width, document.height);
  const image = useQuery({
    ...pageImageQuery({ packageId: work.packageId, documentId: document.id, page, width: size?.width ?? 0, height: size?.height ?? 0 }),
    // A thumbnail that fails stays blank: the page itself shows the error and its Try again.
    enabled: near && size !== null && !waiting,
  });
  const ratio = document.width > 0 && document.height > 0 ? `${document.width} / ${document.height}` : '794 / 1123';
  return (
    <button ref={ref} type="button" className="thumbnail" aria-current={current ? 'page' : undefined} onClick={() => onPage(page)}>
      <span className="thumbnail-picture" style={{ aspectRatio: ratio }}>
        {image.data?.ok === true && <img src={image.data.image.dataUrl} alt="" draggable={false} />}
      </span>
      <span className="thumbnail-number">
        <span className="visually-hidden">Page </span>
        {page}
      </span>
    </button>
  );
}

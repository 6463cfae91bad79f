// One document of a package, as a region named by its heading: the viewer (toolbar, thumbnails, pages), its field list
// and its signatures' verification.
import { useId, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../shared/contract';
import { documentFieldsQuery } from '../api/queries';
import { Spinner } from '../components/Spinner';
import { shownFields } from '../document/field-state';
import { FieldList } from '../document/FieldList';
import { pageRatio } from '../document/page-geometry';
import { PagesView } from '../document/PagesView';
import { PageThumbnails } from '../document/PageThumbnails';
import { scrollToPage, useCurrentPage } from '../document/use-current-page';
import { useNextDocumentPrefetch } from '../document/use-next-document-prefetch';
import { useViewerFrame } from '../document/use-viewer-frame';
import { useZoomKeys } from '../document/use-zoom-keys';
import { VerificationPanel } from '../document/VerificationPanel';
import { ViewerToolbar } from '../document/ViewerToolbar';
import type { Zoom } from '../document/zoom';
import { pageCssWidth, zoomPercent } from '../document/zoom';
import { pageCountLabel } from '../text/format';

/** Props of a document section. */
export interface DocumentSectionProps {
  packageId: number;
  document: DocumentSummary;
  /** The document after this one, whose first pages load ahead; undefined for the last. */
  next?: DocumentSummary | undefined;
  /** Saves the document's form fields; resolves to the line shown beside the Save button, or null to leave it as is. */
  onSave: (documentId: number) => Promise<string | null>;
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
}

/** A document with its pages and fields, loaded on their own so one slow document does not hold up the rest. */
export function DocumentSection({ packageId, document, next, onSave, zoom, onZoom }: DocumentSectionProps) {
  const headingId = useId();
  const frameRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const fields = useQuery(documentFieldsQuery(packageId, document.id));
  // Fields the server marks invisible are neither drawn nor listed.
  const shown = useMemo(() => shownFields(fields.data?.fields ?? []), [fields.data]);
  const frame = useViewerFrame(frameRef);
  const cssWidth = frame.width > 0 ? pageCssWidth(zoom, frame, document.width, pageRatio(document.width, document.height)) : 0;
  const firstPageSettled = useNextDocumentPrefetch({ packageId, current: document, next, frame, frameRef, zoom, cssWidth });
  const percent = zoomPercent(cssWidth > 0 ? cssWidth : document.width, document.width);
  const page = useCurrentPage(listRef, document.pages);
  useZoomKeys(percent, onZoom);
  const goToPage = (target: number): void => scrollToPage(listRef.current, Math.min(Math.max(1, target), document.pages));

  return (
    <section className="document" aria-labelledby={headingId}>
      <header className="document-header">
        <h3 id={headingId}>{document.name}</h3>
        <p className="muted">{pageCountLabel(document.pages)}</p>
      </header>
      <ViewerToolbar documentName={document.name} page={page} pages={document.pages} onPage={goToPage} zoom={zoom} percent={percent} onZoom={onZoom} />
      <div className={`document-body${document.pages > 1 ? ' document-body--thumbs' : ''}`}>
        {document.pages > 1 && <PageThumbnails document={document} current={page} onPage={goToPage} waiting={!firstPageSettled} />}
        <div ref={frameRef} className="pages-frame">
          <PagesView document={document} fields={shown} cssWidth={cssWidth} listRef={listRef} />
        </div>
        {fields.isPending ? (
          <p role="status" className="state state--loading field-panel">
            <Spinner />
            Loading fields…
          </p>
        ) : fields.isError ? (
          <div className="state state--error field-panel">
            <p className="state-title">The fields could not be loaded</p>
            <button type="button" className="button button--secondary button--small" onClick={() => void fields.refetch()}>
              Try again
            </button>
          </div>
        ) : shown.length === 0 ? (
          <p className="muted field-panel">This document has no fields.</p>
        ) : (
          <FieldList documentId={document.id} fields={shown} onSave={onSave} />
        )}
      </div>
      <VerificationPanel packageId={packageId} document={document} />
    </section>
  );
}

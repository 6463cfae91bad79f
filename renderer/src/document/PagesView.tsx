// A document's pages as images, loaded as they scroll near, with each field drawn over its page as a button.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DocumentSummary, FieldInfo } from '../../../shared/contract';
import { pageImageQuery } from '../api/document-queries';
import { FIELD_ATTRIBUTES } from './field-focus';
import { fieldLabel, fieldState } from './field-state';
import { FieldStateIcon } from './FieldStateIcon';
import { fieldKey } from './next-field';
import { usePackageWork } from './package-work-context';
import { pageImageSize, percentRect } from './page-geometry';
import './document.css';

/** Props of the pages view. */
export interface PagesViewProps {
  document: DocumentSummary;
  fields: readonly FieldInfo[];
}

/** Pages of one document, each as wide as the column, at the screen's pixel density. */
export function PagesView({ document, fields }: PagesViewProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [cssWidth, setCssWidth] = useState(0);

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null) return;
    const measure = (): void => setCssWidth(Math.round(list.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);

  const size = pageImageSize(cssWidth, window.devicePixelRatio, document.width, document.height);
  const pages = Array.from({ length: Math.max(0, document.pages) }, (_, index) => index + 1);

  return (
    <ol ref={listRef} className="pages" aria-label={`Pages of ${document.name}`}>
      {pages.map((page) => (
        <DocumentPage key={page} document={document} page={page} size={size} fields={fields.filter((field) => field.page === page)} />
      ))}
    </ol>
  );
}

/** Props of one page. */
interface DocumentPageProps {
  document: DocumentSummary;
  page: number;
  size: { width: number; height: number } | null;
  fields: readonly FieldInfo[];
}

/** One page: a skeleton until it nears the viewport and its image arrives, then the image; marks on top. */
function DocumentPage({ document, page, size, fields }: DocumentPageProps) {
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
    // A resize keeps the old image up while the sharper one loads.
    placeholderData: keepPreviousData,
  });

  const label = `Page ${page} of ${document.pages}`;
  const ratio = document.width > 0 && document.height > 0 ? `${document.width} / ${document.height}` : '794 / 1123';

  return (
    <li ref={itemRef} className="page" style={{ aspectRatio: ratio }} aria-busy={image.data === undefined}>
      {image.data?.ok === true ? (
        <img className="page-image" src={image.data.image.dataUrl} alt={label} draggable={false} />
      ) : image.data?.ok === false ? (
        <div className="page-error">
          <p className="state-title">{label} could not be shown</p>
          <p>{image.data.error.message}</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void image.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <div className="page-skeleton">
          <span className="visually-hidden">{label}, loading</span>
        </div>
      )}
      {fields.map((field) => (
        <FieldMark key={field.name} documentId={document.id} field={field} />
      ))}
    </li>
  );
}

/** A field drawn on its page: a button that acts on the field, coloured and marked by its state. */
function FieldMark({ documentId, field }: { documentId: number; field: FieldInfo }) {
  const work = usePackageWork();
  const rect = field.box === null ? null : percentRect(field.box);
  if (rect === null) return null;
  const state = fieldState(field, work.mine);
  const key = fieldKey(documentId, field.name);
  return (
    <button
      type="button"
      className={`field-mark field-mark--${state}`}
      style={{ left: `${rect.left}%`, top: `${rect.top}%`, width: `${rect.width}%`, height: `${rect.height}%` }}
      aria-label={fieldLabel(field, state)}
      // The visible name is drawn by CSS from data-name: the label already says it, and the list holds the text.
      data-name={field.name}
      {...{ [FIELD_ATTRIBUTES.mark]: key }}
      onClick={(event) => work.act(documentId, field, 'mark', event.currentTarget)}
    >
      <FieldStateIcon state={state} />
    </button>
  );
}

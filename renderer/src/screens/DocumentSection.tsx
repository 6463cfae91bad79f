// One document of a package, as a region named by its heading: its pages with field marks, and its field list.
import { useId, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../shared/contract';
import { documentFieldsQuery } from '../api/queries';
import { Spinner } from '../components/Spinner';
import { shownFields } from '../document/field-state';
import { FieldList } from '../document/FieldList';
import { PagesView } from '../document/PagesView';
import { pageCountLabel } from '../text/format';

/** Props of a document section. */
export interface DocumentSectionProps {
  packageId: number;
  document: DocumentSummary;
  /** Saves the document's form fields; resolves to the line shown beside the Save button, or null to leave it as is. */
  onSave: (documentId: number) => Promise<string | null>;
}

/** A document with its pages and fields, loaded on their own so one slow document does not hold up the rest. */
export function DocumentSection({ packageId, document, onSave }: DocumentSectionProps) {
  const headingId = useId();
  const fields = useQuery(documentFieldsQuery(packageId, document.id));
  // Fields the server marks invisible are neither drawn nor listed.
  const shown = useMemo(() => shownFields(fields.data?.fields ?? []), [fields.data]);

  return (
    <section className="document" aria-labelledby={headingId}>
      <header className="document-header">
        <h3 id={headingId}>{document.name}</h3>
        <p className="muted">{pageCountLabel(document.pages)}</p>
      </header>
      <div className="document-body">
        <PagesView document={document} fields={shown} />
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
    </section>
  );
}

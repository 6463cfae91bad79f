// The document switcher of a package with several documents: one labelled select, with what is left in each.
import { useId } from 'react';
import type { DocumentSummary } from '../../../shared/contract';

/** Props of the switcher. */
export interface DocumentSwitcherProps {
  documents: readonly DocumentSummary[];
  shownId: number | null;
  /** Fields still needing me, by document id. */
  leftById: ReadonlyMap<number, number>;
  onShow: (documentId: number) => void;
}

/** A select of the package's documents; the shown one is selected. */
export function DocumentSwitcher({ documents, shownId, leftById, onShow }: DocumentSwitcherProps) {
  const id = useId();
  return (
    <div className="document-switcher">
      <label className="field-label" htmlFor={id}>
        Document
      </label>
      <select id={id} value={shownId ?? ''} onChange={(event) => onShow(Number(event.target.value))}>
        {documents.map((document, index) => {
          const left = leftById.get(document.id) ?? 0;
          return (
            <option key={document.id} value={document.id}>
              {`${index + 1} of ${documents.length}: ${document.name}${left > 0 ? ` (${left} left)` : ''}`}
            </option>
          );
        })}
      </select>
    </div>
  );
}

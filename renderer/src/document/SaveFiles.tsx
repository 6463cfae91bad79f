// Saving what was signed: the shown document, the whole package (a ZIP when it has several documents)
// or the evidence report, with progress, Cancel and, once saved, Open.
import type { DocumentSummary } from '../../../shared/contract';
import { useSaveFile } from '../api/use-save-file';
import { MessageText } from '../dialogs/MessageText';

/** Props of the save bar. */
export interface SaveFilesProps {
  packageId: number;
  documents: readonly DocumentSummary[];
  /** The document on screen, which "Save document" saves. */
  shown: DocumentSummary | undefined;
}

/** A percentage when the size is known, else the bytes so far. */
function progressText(received: number, total: number | null): string {
  if (total !== null && total > 0) return `${Math.floor((received / total) * 100)}%`;
  return `${Math.round(received / 1024)} KB`;
}

/** The save buttons and the state of the last save. */
export function SaveFiles({ packageId, documents, shown }: SaveFilesProps) {
  const { view, save, cancel, open } = useSaveFile();
  const busy = view.phase === 'starting' || view.phase === 'running';
  return (
    <section className="save-files" aria-label="Save">
      <div className="save-files-buttons">
        {shown !== undefined && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void save({ kind: 'document', packageId, documentId: shown.id }, shown.name)}
          >
            Save document
          </button>
        )}
        {documents.length > 1 && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void save({ kind: 'package', packageId }, 'the package')}
          >
            Save all documents (ZIP)
          </button>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => void save({ kind: 'report', packageId }, 'the evidence report')}
        >
          Save evidence report
        </button>
      </div>
      <div className="save-files-state" role="status">
        {view.phase === 'starting' && <p>Preparing {view.what}…</p>}
        {view.phase === 'running' && (
          <p>
            Saving {view.progress.fileName}… {progressText(view.progress.received, view.progress.total)}
            <progress
              aria-label={`Saving ${view.progress.fileName}`}
              max={view.progress.total ?? undefined}
              value={view.progress.total === null ? undefined : view.progress.received}
            />
          </p>
        )}
        {view.phase === 'done' && <p>Saved {view.progress.fileName}.</p>}
        {view.phase === 'cancelled' && <p>Saving {view.progress.fileName} was cancelled. Nothing was saved.</p>}
      </div>
      {view.phase === 'running' && (
        <button type="button" className="button button--ghost button--small" onClick={() => void cancel()}>
          Cancel saving
        </button>
      )}
      {view.phase === 'done' && (
        <button type="button" className="button button--ghost button--small" onClick={() => void open()}>
          Open {view.progress.fileName}
        </button>
      )}
      {view.phase === 'failed' && (
        <div role="alert" className="save-files-error">
          <p className="state-title">{view.fileName} was not saved</p>
          <MessageText error={view.error} />
        </div>
      )}
    </section>
  );
}

// A failed call shown inside a dialog: the server's Message (cleaned, capped, marked as the server's) and its status, announced as an alert.
import type { ApiError } from '../../../shared/contract';
import { MessageText } from './MessageText';

/** Props of the alert region. */
export interface InlineErrorProps {
  error: ApiError | null;
  /** A sentence of ours after the server's words, e.g. whether it is safe to try again. */
  note?: string;
}

/** The alert region of a dialog; always rendered, so assistive technology hears it when filled. */
export function InlineError({ error, note = '' }: InlineErrorProps) {
  return (
    <div role="alert" className={error === null ? 'inline-error inline-error--empty' : 'inline-error'}>
      {error !== null && (
        <>
          <p className="inline-error-message">
            <MessageText error={error} />
          </p>
          {error.status !== undefined && <p className="inline-error-status">Status {error.status}</p>}
          {note !== '' && <p className="inline-error-note">{note}</p>}
        </>
      )}
    </div>
  );
}

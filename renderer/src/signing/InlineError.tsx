// A failed call shown inside a dialog: the server's Message verbatim and its status, announced as an alert.
import type { ApiError } from '../../../main/ipc/contract';

const NO_DETAILS = 'The request failed and no details were given.';

/** The alert region of a dialog; always rendered, so assistive technology hears it when filled. */
export function InlineError({ error }: { error: ApiError | null }) {
  return (
    <div role="alert" className={error === null ? 'inline-error inline-error--empty' : 'inline-error'}>
      {error !== null && (
        <>
          <p className="inline-error-message">{error.message === '' ? NO_DETAILS : error.message}</p>
          {error.status !== undefined && <p className="inline-error-status">Status {error.status}</p>}
        </>
      )}
    </div>
  );
}

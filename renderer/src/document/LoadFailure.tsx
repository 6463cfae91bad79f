// What a panel shows instead of its data when the read failed: what could not be done, the reason, and a retry.
import type { ApiError } from '../../../shared/contract';
import { MessageText } from '../dialogs/MessageText';

/** Props of a failed read. */
export interface LoadFailureProps {
  title: string;
  error: ApiError | null;
  retryLabel: string;
  onRetry: () => void;
}

/** The failure of a panel's read, with its words (the server's, marked so) and a retry button. */
export function LoadFailure({ title, error, retryLabel, onRetry }: LoadFailureProps) {
  return (
    <div className="state state--error">
      <p className="state-title">{title}</p>
      {error !== null && (
        <p>
          <MessageText error={error} />
        </p>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}

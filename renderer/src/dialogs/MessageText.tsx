// A failure's words: the server's Message cleaned, capped and marked as the server's, or our own sentence as it is.
import type { ApiError } from '../../../shared/contract';
import { errorMessage, fromServer } from '../api/result';
import { ServerText } from '../components/ServerText';

/** The words of a failed call, for the alerts that show one. */
export function MessageText({ error }: { error: ApiError }) {
  return fromServer(error) ? <ServerText text={errorMessage(error)} /> : <>{errorMessage(error)}</>;
}

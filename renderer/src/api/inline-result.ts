// Reads whose failure is shown where the data would be, not in a dialog: the failure is kept as data,
// except an ended session, which still goes to the app's error dialog.
import type { ApiError, Result } from '../../../shared/contract';
import { BridgeError, toApiError } from './result';

/** Loaded data, or why it could not be had. */
export type Loaded<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Calls the bridge and keeps a failure as data; an ended session throws for the app's error dialog. */
export async function loadInline<T>(call: () => Promise<Result<T>>): Promise<Loaded<T>> {
  let error: ApiError;
  try {
    const result = await call();
    if (result.ok) return { ok: true, value: result.value };
    error = result.error;
  } catch (cause) {
    error = toApiError(cause);
  }
  if (error.sessionEnded === true) throw new BridgeError(error);
  return { ok: false, error };
}

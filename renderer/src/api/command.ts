// What a command (a call the user starts: send a code, sign, save, finish) hands back, and the one place that
// decides what happens to its failure: reported through the dialog queue, or returned for the caller to show.
import type { ApiError, Result } from '../../../shared/contract';
import { bridgeFailure } from './result';

/** A failed command: the error, and a sentence of ours to say after the server's words (e.g. whether to try again). */
export interface CommandFailure {
  ok: false;
  error: ApiError;
  note?: string;
}

/** A command's Result; a failure may carry a note. */
export type CommandResult<O> = { ok: true; value: O } | CommandFailure;

/** Where a failure goes: 'report' shows it in an error dialog; 'inline' hands it back to be shown inside the caller's own dialog. */
export type FailureMode = 'report' | 'inline';

/** What else an error dialog may know: how to repeat the call safely ("Try again"), and whom to ask. */
export interface ReportExtras {
  /** Repeats the failed call; only for calls that can do nothing twice (reads). */
  retry?: () => void;
  /** The package owner's name, for "Ask the sender". */
  sender?: string;
}

/** Shows a failure in the app's error dialog (an ended session then returns to sign-in). */
export type ReportFailure = (title: string, error: ApiError, note?: string, extras?: ReportExtras) => void;

/** How a command's failures are handled. */
export interface CommandOptions {
  /** The error dialog's title. */
  errorTitle: string;
  /** 'report' by default. An ended session is always reported, since the app must go back to sign-in. */
  failures?: FailureMode;
}

/**
 * Awaits the call and settles its failure: reported, or returned for inline display. Resolves to null when
 * there is nothing left for the caller to do: an inline command whose failure was reported (the session ended).
 * A reported command's failure comes back too, after it was shown, so a caller can tell it from a skipped run.
 */
export async function settleCommand<I, O>(
  call: (input: I) => Promise<Result<O> | CommandResult<O>>,
  input: I,
  options: CommandOptions,
  report: ReportFailure,
): Promise<CommandResult<O> | null> {
  let result: CommandResult<O>;
  try {
    result = await call(input);
  } catch (cause) {
    // The contract says calls never throw; if one does, the bridge itself is broken.
    result = { ok: false, error: bridgeFailure(cause) };
  }
  if (result.ok) return result;
  const inline = options.failures === 'inline';
  if (inline && result.error.sessionEnded !== true) return result;
  report(options.errorTitle, result.error, result.note);
  return inline ? null : result;
}

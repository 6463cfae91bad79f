// When the remote-approval poll goes on and when it stops: a few network hiccups or garbled answers are ridden out,
// any other error ends it at once, and it never waits longer than the overall deadline.
import type { ApiError, ErrorKind, FieldSigningStatus, Result } from '../../../shared/contract';
import { pollDelay } from './backoff';

/** A final remote-approval status. */
export type ApprovalOutcome = Exclude<FieldSigningStatus, 'PENDING'>;

/** Transient errors in a row that are ridden out (the next one ends the wait), and the overall deadline. */
export const APPROVAL_LIMITS = { transientErrors: 3, deadlineMs: 5 * 60_000 } as const;

/**
 * What can pass by itself: the server or the network hiccuped, or an answer came garbled (a read-only poll
 * loses nothing by asking again). Anything else would fail again the same way.
 */
const TRANSIENT: ReadonlySet<ErrorKind> = new Set<ErrorKind>(['network', 'timeout', 'server', 'invalid_response']);

/** Where the poll loop stands: polls done so far, and transient errors since the last good answer. */
export interface ApprovalPollState {
  attempt: number;
  errors: number;
}

/** The poll loop's start. */
export const FIRST_POLL: ApprovalPollState = { attempt: 0, errors: 0 };

/** What the loop does next. */
export type ApprovalStep =
  | { next: 'poll'; state: ApprovalPollState; delayMs: number }
  | { next: 'outcome'; outcome: ApprovalOutcome }
  | { next: 'error'; error: ApiError }
  | { next: 'deadline' };

/** The step after poll `state.attempt` answered `result`, `elapsedMs` after the wait began. */
export function approvalStep(state: ApprovalPollState, result: Result<{ status: FieldSigningStatus }>, elapsedMs: number): ApprovalStep {
  let errors = 0;
  if (result.ok) {
    if (result.value.status !== 'PENDING') return { next: 'outcome', outcome: result.value.status };
  } else {
    errors = state.errors + 1;
    if (!TRANSIENT.has(result.error.kind) || errors > APPROVAL_LIMITS.transientErrors) return { next: 'error', error: result.error };
  }
  const left = APPROVAL_LIMITS.deadlineMs - elapsedMs;
  if (left <= 0) return { next: 'deadline' };
  const attempt = state.attempt + 1;
  // The last poll lands on the deadline rather than past it.
  return { next: 'poll', state: { attempt, errors }, delayMs: Math.min(pollDelay(attempt), left) };
}

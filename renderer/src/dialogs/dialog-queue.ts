// The dialog queue's data and its one rule: the same message is never queued twice.
import type { ErrorAdvice } from '../text/error-advice';

/** One dialog waiting to be shown (or showing, at the head). */
export interface QueuedDialog {
  id: number;
  tone: 'error' | 'info';
  title: string;
  message: string;
  /** The message is the server's words: shown cleaned, capped and marked as such. */
  fromServer?: boolean;
  status?: number;
  note?: string;
  /** An error's headline and next step. */
  advice?: ErrorAdvice;
  onClose?: () => void;
  /** Runs instead of onClose when the user picks "Try again". */
  onRetry?: () => void;
}

/** Runs both follow-ups, either of which may be missing. */
function both(first: (() => void) | undefined, second: (() => void) | undefined): (() => void) | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  return () => {
    first();
    second();
  };
}

/** Adds a dialog; when an identical one is already queued, merges their onClose instead. */
export function enqueueDialog(queue: readonly QueuedDialog[], item: QueuedDialog): QueuedDialog[] {
  // Calls in flight together often fail together (e.g. an ended session): say it once.
  const twin = queue.find(
    (queued) =>
      queued.tone === item.tone &&
      queued.title === item.title &&
      queued.message === item.message &&
      queued.fromServer === item.fromServer &&
      queued.status === item.status &&
      queued.note === item.note &&
      queued.advice?.headline === item.advice?.headline &&
      queued.advice?.action === item.advice?.action,
  );
  if (twin === undefined) return [...queue, item];
  if (item.onClose === undefined && item.onRetry === undefined) return [...queue];
  const merged: QueuedDialog = { ...twin, onClose: both(twin.onClose, item.onClose), onRetry: both(twin.onRetry, item.onRetry) };
  return queue.map((queued) => (queued === twin ? merged : queued));
}

// The dialog queue's data and its one rule: the same message is never queued twice.

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
  onClose?: () => void;
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
      queued.note === item.note,
  );
  if (twin === undefined) return [...queue, item];
  const first = twin.onClose;
  const second = item.onClose;
  if (second === undefined) return [...queue];
  const merged: QueuedDialog = {
    ...twin,
    onClose:
      first === undefined
        ? second
        : () => {
            first();
            second();
          },
  };
  return queue.map((queued) => (queued === twin ? merged : queued));
}

// One accessible modal, built on the native <dialog>: showModal() makes the page inert, and
// focus-trap keeps Tab inside the dialog (Chromium would otherwise let it reach the browser chrome).
import { useId, useRef } from 'react';
import { ServerText } from '../components/ServerText';
import type { ErrorAdvice } from '../text/error-advice';
import { useModalDialog } from './use-modal-dialog';
import './error-dialog.css';

/** Errors are announced as alert dialogs; information as plain dialogs. */
export type DialogTone = 'error' | 'info';

/** What a dialog shows. */
export interface DialogProps {
  tone: DialogTone;
  title: string;
  /** Shown in its own element (for errors: the server's Message). */
  message: string;
  /** The message is the server's words: without control or bidi characters, capped (Copy details has the rest), marked as the server's. */
  fromServer?: boolean;
  /** An HTTP status, shown as "Status <code>". */
  status?: number;
  /** A sentence of ours after the message, e.g. whether it is safe to try again. */
  note?: string;
  /** For errors: a plain headline above the message and the one next step (Try again, Sign in again, Close). */
  advice?: ErrorAdvice;
  /** Asked on close when the opener is gone or nothing had focus on open (e.g. a disabled button, a screen that changed). */
  fallbackFocus?: () => HTMLElement | null;
  /** Called once when the user dismisses the dialog (OK, Close, Escape), with true when they chose "Try again". */
  onClose: (retry: boolean) => void;
}

/** A modal dialog that focuses its action on open and returns focus to where it was on close. */
export function Dialog({ tone, title, message, fromServer = false, status, note, advice, fallbackFocus, onClose }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const okRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const headlineId = useId();
  const messageId = useId();
  const statusId = useId();
  // Cancel and close can both fire for one Escape; the provider must hear about it once.
  const closed = useRef(false);
  const requestClose = (retry = false): void => {
    if (closed.current) return;
    closed.current = true;
    onClose(retry);
  };

  useModalDialog(dialogRef, {
    initialFocus: () => okRef.current ?? undefined,
    focusOnClose: (opener) => (opener?.isConnected === true ? opener : (fallbackFocus?.() ?? null)),
  });

  // Headline first, then the server's words and the status: what a screen reader says after the title.
  const describedBy = [advice === undefined ? null : headlineId, messageId, status === undefined ? null : statusId].filter((id) => id !== null).join(' ');
  const retry = advice?.action === 'retry';

  return (
    <dialog
      ref={dialogRef}
      className={`dialog dialog--${tone}`}
      // <dialog> is a "dialog" already; errors need the explicit alertdialog role.
      role={tone === 'error' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: keep the element open and let React state decide, so the two never disagree.
        event.preventDefault();
        requestClose();
      }}
      onClose={() => {
        // Chromium may close without a cancel event (a repeated Escape); sync state then too.
        // A close we made ourselves (cleanup, or a StrictMode re-run that reopened it) is ignored.
        if (dialogRef.current?.open === false && dialogRef.current.isConnected) requestClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {advice !== undefined && (
        <p id={headlineId} className="dialog-headline">
          {advice.headline}
        </p>
      )}
      <p id={messageId} className="dialog-message">
        {fromServer ? <ServerText text={message} /> : message}
      </p>
      {status !== undefined && (
        <p id={statusId} className="dialog-status">
          Status {status}
        </p>
      )}
      {note !== undefined && <p className="dialog-note">{note}</p>}
      {advice?.nextStep !== undefined && <p className="dialog-next-step">{advice.nextStep}</p>}
      <div className="dialog-actions">
        <button ref={okRef} type="button" className="button button--primary" onClick={() => requestClose(retry)}>
          {advice?.label ?? 'OK'}
        </button>
        {retry && (
          <button type="button" className="button button--secondary" onClick={() => requestClose()}>
            Close
          </button>
        )}
      </div>
    </dialog>
  );
}

// A modal for forms (sign, initials, decline…), on the same footing as dialogs/Dialog: native <dialog> with
// showModal() so the page is inert, focus-trap so Tab stays inside, Escape to cancel, focus back on close.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useModalDialog } from './use-modal-dialog';
import './modal.css';

/** Props of a Modal. */
export interface ModalProps {
  title: string;
  /** Id of the element that describes the dialog (its main sentence). */
  describedBy?: string;
  /** `alertdialog` for confirmations of destructive steps. */
  role?: 'dialog' | 'alertdialog';
  /** Gets focus on open; without it, the first focusable element does. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes on close; by default, wherever it was when the modal opened. */
  returnFocus?: () => HTMLElement | null;
  /** Escape. Ignored while `busy`, so a sign in flight cannot be abandoned half-way. */
  onCancel: () => void;
  busy?: boolean;
  /** Extra class, e.g. a wider dialog. */
  className?: string;
  children: ReactNode;
}

/** An accessible modal dialog with a title; its children are the body and actions. */
export function Modal({ title, describedBy, role = 'dialog', initialFocus, returnFocus, onCancel, busy = false, className, children }: ModalProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Handlers change every render; the dialog's event handlers read the newest through a ref.
  const latest = useRef({ onCancel, busy });
  useEffect(() => {
    latest.current = { onCancel, busy };
  });

  useModalDialog(dialogRef, {
    initialFocus: () => initialFocus?.current ?? undefined,
    focusOnClose: (opener) => returnFocus?.() ?? opener,
  });

  return (
    <dialog
      ref={dialogRef}
      className={`dialog modal${className === undefined ? '' : ` ${className}`}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: React state decides whether the dialog goes, so the element and state never disagree.
        event.preventDefault();
        if (!latest.current.busy) latest.current.onCancel();
      }}
      onClose={(event) => {
        // Chromium may close on a repeated Escape without a cancel event; keep state in charge.
        // The close event is async. When our cleanup closed the element, either the modal is gone (disconnected)
        // or StrictMode's dev re-run has already reopened it (open again): neither is the user's cancel.
        // (A flag set in cleanup would not do: the re-run resets it before the event arrives.)
        const dialog = event.currentTarget;
        if (dialog.open || !dialog.isConnected) return;
        if (latest.current.busy) dialog.showModal();
        else latest.current.onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

// The mechanics every modal shares: showModal() so the page is inert, focus-trap so Tab stays inside,
// and focus handed back on close.
import { createFocusTrap } from 'focus-trap';
import { useEffect, useRef, type RefObject } from 'react';

/** How a modal places focus. */
export interface ModalFocus {
  /** Gets focus on open; undefined lets focus-trap pick the first focusable element. */
  initialFocus: () => HTMLElement | undefined;
  /** Picks where focus goes on close, given what had focus when the modal opened. */
  focusOnClose: (opener: HTMLElement | null) => HTMLElement | null;
}

/** Opens `dialogRef` as a modal with a focus trap for the component's lifetime, then restores focus. */
export function useModalDialog(dialogRef: RefObject<HTMLDialogElement | null>, focus: ModalFocus): void {
  // Read through a ref: the effect runs once per dialog, callers' callbacks change every render.
  const latest = useRef(focus);
  useEffect(() => {
    latest.current = focus;
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    if (!dialog.open) dialog.showModal();
    // Escape stays with each dialog's cancel handler, so React state and the element never disagree.
    const trap = createFocusTrap(dialog, {
      initialFocus: () => latest.current.initialFocus(),
      fallbackFocus: dialog,
      escapeDeactivates: false,
      returnFocusOnDeactivate: false,
      // Clicks outside a modal dialog land on its backdrop; they neither close it nor leak through.
      allowOutsideClick: false,
    });
    trap.activate();
    return () => {
      trap.deactivate();
      if (dialog.open) dialog.close();
      // Resolved now, not on open: the screen may have changed under the dialog (Finish goes back to the list).
      const target = latest.current.focusOnClose(opener);
      if (target?.isConnected === true) target.focus();
    };
  }, [dialogRef]);
}

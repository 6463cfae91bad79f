// The context through which any component opens a dialog.
import { createContext, useContext } from 'react';
import type { ApiError } from '../../../shared/contract';

/** Options for a queued dialog. */
export interface DialogOptions {
  /** Runs after the user dismisses the dialog (e.g. go to sign-in when the session ended). */
  onClose?: () => void;
  /** A sentence of ours after an error's message, e.g. whether it is safe to try again. */
  note?: string;
  /** Repeats the failed call; given only when repeating it can do nothing twice. Offers "Try again". */
  retry?: () => void;
  /** The package owner's name, for "Ask the sender". */
  sender?: string;
}

/** Opens dialogs; several at once are queued and shown one after another. */
export interface Dialogs {
  /** Shows a failed call: a headline, its message verbatim, its status when set, and one next step. */
  showError(title: string, error: ApiError, options?: DialogOptions): void;
  /** Shows a piece of information, such as "OTP sent". */
  showInfo(title: string, text: string, options?: DialogOptions): void;
}

/** Holds the provider's Dialogs; null outside a DialogProvider. */
export const DialogContext = createContext<Dialogs | null>(null);

/** Returns the app's dialogs; throws when used outside a DialogProvider, which is a wiring bug. */
export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogContext);
  if (dialogs === null) throw new Error('useDialogs() needs a <DialogProvider> above it');
  return dialogs;
}

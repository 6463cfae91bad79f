// Owns the dialog queue and renders its head; children open dialogs through DialogContext.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract';
import { errorMessage, fromServer } from '../api/result';
import { adviseError } from '../text/error-advice';
import { Dialog } from './Dialog';
import { DialogContext } from './dialog-context';
import type { DialogOptions, Dialogs } from './dialog-context';
import { enqueueDialog } from './dialog-queue';
import type { QueuedDialog } from './dialog-queue';

/** Provides useDialogs() to its children and shows queued dialogs one at a time. */
export function DialogProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<QueuedDialog[]>([]);
  const nextId = useRef(1);
  // The last element focused outside any dialog: where focus returns if the opener was disabled meanwhile.
  const lastFocused = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const remember = (event: FocusEvent): void => {
      if (event.target instanceof HTMLElement && event.target.closest('dialog') === null) {
        lastFocused.current = event.target;
      }
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  const push = useCallback((item: Omit<QueuedDialog, 'id'>) => {
    const id = nextId.current++;
    setQueue((queue) => enqueueDialog(queue, { ...item, id }));
  }, []);

  const dialogs = useMemo<Dialogs>(
    () => ({
      showError(title: string, error: ApiError, options?: DialogOptions) {
        push({
          tone: 'error',
          title,
          message: errorMessage(error),
          fromServer: fromServer(error),
          status: error.status,
          note: options?.note,
          // The headline says when the session ended, and its one action is "Sign in again".
          advice: adviseError(error, { canRetry: options?.retry !== undefined, sender: options?.sender }),
          onClose: options?.onClose,
          onRetry: options?.retry,
        });
      },
      showInfo(title: string, text: string, options?: DialogOptions) {
        push({ tone: 'info', title, message: text, onClose: options?.onClose });
      },
    }),
    [push],
  );

  const fallbackFocus = useCallback(() => {
    const element = lastFocused.current;
    if (element?.isConnected === true) return element;
    // That element went with its screen (e.g. the package view after Finish): start from the new screen's heading
    // (the screens' h1s take focus with tabIndex=-1), never from <body>.
    return document.querySelector<HTMLElement>('main h1');
  }, []);

  const current = queue[0];

  return (
    <DialogContext.Provider value={dialogs}>
      {children}
      {current !== undefined && (
        <Dialog
          key={current.id}
          tone={current.tone}
          title={current.title}
          message={current.message}
          fromServer={current.fromServer === true}
          status={current.status}
          note={current.note}
          advice={current.advice}
          fallbackFocus={fallbackFocus}
          onClose={(retry) => {
            setQueue((queue) => queue.filter((item) => item.id !== current.id));
            if (retry && current.onRetry !== undefined) current.onRetry();
            else current.onClose?.();
          }}
        />
      )}
    </DialogContext.Provider>
  );
}

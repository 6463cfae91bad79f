// "Decline to sign?": the walk-up signer confirms leaving without signing; the host's screen then asks to be handed back.
import { useId, useRef, useState } from 'react';
import { handOver } from '../api/bridge';
import type { CommandFailure } from '../api/command';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';

/** Props of the confirmation. */
export interface DeclineDialogProps {
  onDeclined: () => void;
  onKeepSigning: () => void;
}

/** The confirmation; Keep signing (and Escape) goes back to the form. */
export function DeclineDialog({ onDeclined, onKeepSigning }: DeclineDialogProps) {
  const textId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const decline = useCommand(() => handOver().declineHandOver(), { errorTitle: 'Could not decline', failures: 'inline' });

  const run = async (): Promise<void> => {
    setFailure(null);
    const result = await decline.run(undefined);
    if (result?.ok === true) onDeclined();
    else if (result !== null) setFailure(result);
  };

  return (
    <Modal title="Decline to sign?" role="alertdialog" describedBy={textId} initialFocus={keepRef} busy={decline.pending} onCancel={onKeepSigning}>
      <p id={textId} className="dialog-message">
        The document will not be signed, and the screen goes back to the person who handed it to you.
      </p>
      <InlineError error={failure?.error ?? null} note={failure?.note} />
      <div className="dialog-actions">
        <button ref={keepRef} type="button" className="button button--secondary" disabled={decline.pending} onClick={onKeepSigning}>
          Keep signing
        </button>
        <button type="button" className="button button--danger" disabled={decline.pending} aria-busy={decline.pending} onClick={() => void run()}>
          {decline.pending && <Spinner />}
          Decline
        </button>
      </div>
    </Modal>
  );
}

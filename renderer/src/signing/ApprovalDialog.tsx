// "Waiting for approval on your phone": polls the field's status with backoff until it is signed,
// failed or declined, or the user stops waiting.
import { useEffect, useId, useRef } from 'react';
import type { ApiError, FieldRef, FieldSigningStatus } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { pollDelay } from './backoff';
import { Modal } from './Modal';
import { useInlineCall } from './use-bridge-call';

/** A final remote-approval status. */
export type ApprovalOutcome = Exclude<FieldSigningStatus, 'PENDING'>;

/** Props of the approval dialog. */
export interface ApprovalDialogProps {
  field: FieldRef;
  returnFocus: () => HTMLElement | null;
  onOutcome: (outcome: ApprovalOutcome) => void;
  onError: (error: ApiError) => void;
  /** The user stopped waiting; polling stops with it. */
  onCancel: () => void;
}

/** A progress dialog that ends by itself when the phone answers. */
export function ApprovalDialog({ field, returnFocus, onOutcome, onError, onCancel }: ApprovalDialogProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const status = useInlineCall((ref: FieldRef) => signer().getFieldStatus(ref), 'Could not check the signature');
  // The loop below starts once; it reads the latest callbacks through this ref.
  const latest = useRef({ run: status.run, onOutcome, onError, field });
  useEffect(() => {
    latest.current = { run: status.run, onOutcome, onError, field };
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (attempt: number): Promise<void> => {
      const result = await latest.current.run(latest.current.field);
      // Cancelled meanwhile, or the session ended (already reported): say nothing more.
      if (stopped || result === null) return;
      if (!result.ok) {
        latest.current.onError(result.error);
        return;
      }
      if (result.value.status === 'PENDING') {
        timer = setTimeout(() => void poll(attempt + 1), pollDelay(attempt + 1));
        return;
      }
      latest.current.onOutcome(result.value.status);
    };
    timer = setTimeout(() => void poll(0), pollDelay(0));
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  return (
    <Modal title="Waiting for approval on your phone" describedBy={`${id}-text`} initialFocus={cancelRef} returnFocus={returnFocus} onCancel={onCancel}>
      <p id={`${id}-text`} className="dialog-message">
        Approve the signature for field {field.fieldName} on your phone. This closes by itself once you have.
      </p>
      <progress className="approval-progress" aria-label="Waiting for approval" />
      <p className="dialog-note">Cancel stops waiting here; it does not withdraw the request on your phone.</p>
      <div className="dialog-actions">
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

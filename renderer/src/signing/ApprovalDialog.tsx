// "Waiting for approval on your phone": polls the field's status with backoff until it is signed,
// failed or declined, the user stops waiting, or the policy in approval-policy.ts gives up.
import { useEffect, useId, useRef } from 'react';
import type { ApiError, FieldRef } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { FIRST_POLL, approvalStep } from './approval-policy';
import type { ApprovalOutcome, ApprovalPollState } from './approval-policy';
import { pollDelay } from './backoff';
import { Modal } from '../dialogs/Modal';

/** A final remote-approval status. */
export type { ApprovalOutcome } from './approval-policy';

/** Why the wait ended without an answer from the phone. */
export type ApprovalStop = { reason: 'error'; error: ApiError } | { reason: 'deadline' };

/** Props of the approval dialog. */
export interface ApprovalDialogProps {
  field: FieldRef;
  /** The wait goes on from an earlier Sign: read the status at once rather than after the first pause. */
  resumed: boolean;
  returnFocus: () => HTMLElement | null;
  onOutcome: (outcome: ApprovalOutcome) => void;
  onStop: (stop: ApprovalStop) => void;
  /** The user stopped waiting; polling stops with it. */
  onCancel: () => void;
}

/** A progress dialog that ends by itself when the phone answers. */
export function ApprovalDialog({ field, resumed, returnFocus, onOutcome, onStop, onCancel }: ApprovalDialogProps) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const status = useCommand((ref: FieldRef) => signer().getFieldStatus(ref), { errorTitle: 'Could not check the signature', failures: 'inline' });
  // The loop below starts once; it reads the latest callbacks through this ref.
  const latest = useRef({ run: status.run, onOutcome, onStop, field, resumed });
  useEffect(() => {
    latest.current = { run: status.run, onOutcome, onStop, field, resumed };
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const startedAt = Date.now();
    const poll = async (state: ApprovalPollState): Promise<void> => {
      const result = await latest.current.run(latest.current.field);
      // Cancelled meanwhile, or the session ended (already reported): say nothing more.
      if (stopped || result === null) return;
      const step = approvalStep(state, result, Date.now() - startedAt);
      if (step.next === 'poll') timer = setTimeout(() => void poll(step.state), step.delayMs);
      else if (step.next === 'outcome') latest.current.onOutcome(step.outcome);
      else latest.current.onStop(step.next === 'error' ? { reason: 'error', error: step.error } : { reason: 'deadline' });
    };
    timer = setTimeout(() => void poll(FIRST_POLL), latest.current.resumed ? 0 : pollDelay(FIRST_POLL.attempt));
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

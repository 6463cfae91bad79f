// Package-level actions: Decline (reason, then a confirmation), Approve (optional reason) and Submit.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { InputOf } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { Spinner } from '../components/Spinner';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { ReasonField } from './ReasonField';
import { checkFreeText, DECLINE_REASON, OPTIONAL_REASON } from '../../../shared/free-text';
import { FormActions } from '../dialogs/FormActions';
import { usePackageAction } from './use-package-action';
import type { RecoverStep } from './use-step-recovery';

/** Props shared by the action dialogs. */
export interface PackageActionDialogProps {
  packageId: number;
  packageName: string;
  returnFocus: () => HTMLElement | null;
  /** Looks up whether the action was done when its answer was lost. */
  recover: RecoverStep;
  /** The server accepted the action (or the package shows it was done). */
  onDone: () => void;
  onCancel: () => void;
}

/** Decline: a required reason, then "Decline this package?" with a destructive button. */
export function DeclineDialog({ packageId, packageName, returnFocus, recover, onDone, onCancel }: PackageActionDialogProps) {
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const decline = usePackageAction((input: InputOf<'declinePackage'>) => signer().declinePackage(input), {
    step: 'decline',
    errorTitle: 'Could not decline the package',
    recover,
  });

  if (step === 'reason') {
    const next = (event: FormEvent<HTMLFormElement>): void => {
      event.preventDefault();
      // Normalised and checked as main will: the confirmation then quotes exactly what is sent.
      const checked = checkFreeText(reason, DECLINE_REASON);
      if (!checked.ok) {
        setReasonError(checked.message);
        reasonRef.current?.focus();
        return;
      }
      setReason(checked.value);
      setStep('confirm');
    };
    return (
      <Modal key="reason" title="Decline package" describedBy={`${id}-intro`} initialFocus={reasonRef} returnFocus={returnFocus} onCancel={onCancel}>
        <form className="modal-form" noValidate onSubmit={next}>
          <p id={`${id}-intro`} className="dialog-message">
            Tell the sender why you are declining “{packageName}”.
          </p>
          <ReasonField
            label="Reason for declining"
            value={reason}
            inputRef={reasonRef}
            required
            error={reasonError}
            onValueChange={(value) => {
              setReason(value);
              if (value.trim() !== '') setReasonError(null);
            }}
          />
          <div className="dialog-actions">
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className="button button--primary">
              Continue
            </button>
          </div>
        </form>
      </Modal>
    );
  }

  return (
    <Modal
      key="confirm"
      role="alertdialog"
      title="Decline this package?"
      describedBy={`${id}-confirm`}
      initialFocus={backRef}
      returnFocus={returnFocus}
      busy={decline.pending}
      onCancel={onCancel}
    >
      <p id={`${id}-confirm`} className="dialog-message">
        “{packageName}” goes back to the sender with your reason, and you cannot sign it afterwards.
      </p>
      <blockquote className="reason-quote">{reason.trim()}</blockquote>
      <InlineError error={decline.error} note={decline.note} />
      <div className="dialog-actions">
        <button ref={backRef} type="button" className="button button--secondary" disabled={decline.pending} onClick={() => setStep('reason')}>
          Back
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={decline.pending}
          aria-busy={decline.pending}
          onClick={() => void decline.run({ packageId, reason: reason.trim() }, onDone)}
        >
          {decline.pending && <Spinner />}
          Decline package
        </button>
      </div>
    </Modal>
  );
}

/** Approve (reviewers): an optional reason. */
export function ApproveDialog({ packageId, packageName, returnFocus, recover, onDone, onCancel }: PackageActionDialogProps) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const approve = usePackageAction((input: InputOf<'approvePackage'>) => signer().approvePackage(input), {
    step: 'approve',
    errorTitle: 'Could not approve the package',
    recover,
  });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const checked = checkFreeText(reason, OPTIONAL_REASON);
    if (!checked.ok) {
      setReasonError(checked.message);
      reasonRef.current?.focus();
      return;
    }
    void approve.run(checked.value === '' ? { packageId } : { packageId, reason: checked.value }, onDone);
  };
  return (
    <Modal title="Approve package" describedBy={`${id}-intro`} initialFocus={reasonRef} returnFocus={returnFocus} busy={approve.pending} onCancel={onCancel}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <p id={`${id}-intro`} className="dialog-message">
          Approve “{packageName}” and pass it on to the next recipient.
        </p>
        <ReasonField
          label="Reason (optional)"
          value={reason}
          inputRef={reasonRef}
          error={reasonError}
          onValueChange={(value) => {
            setReason(value);
            setReasonError(null);
          }}
        />
        <InlineError error={approve.error} note={approve.note} />
        <FormActions busy={approve.pending} submitLabel="Approve" onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** Submit (editors): a confirmation. */
export function SubmitDialog({ packageId, packageName, returnFocus, recover, onDone, onCancel }: PackageActionDialogProps) {
  const id = useId();
  const submitRef = useRef<HTMLButtonElement>(null);
  const submitCall = usePackageAction((input: InputOf<'submitPackage'>) => signer().submitPackage(input), {
    step: 'submit',
    errorTitle: 'Could not submit the package',
    recover,
  });
  return (
    <Modal title="Submit package?" describedBy={`${id}-intro`} initialFocus={submitRef} returnFocus={returnFocus} busy={submitCall.pending} onCancel={onCancel}>
      <p id={`${id}-intro`} className="dialog-message">
        Submit “{packageName}” with your edits and pass it on to the next recipient.
      </p>
      <InlineError error={submitCall.error} note={submitCall.note} />
      <div className="dialog-actions">
        <button type="button" className="button button--secondary" disabled={submitCall.pending} onClick={onCancel}>
          Cancel
        </button>
        <button
          ref={submitRef}
          type="button"
          className="button button--primary"
          disabled={submitCall.pending}
          aria-busy={submitCall.pending}
          onClick={() => void submitCall.run({ packageId }, onDone)}
        >
          {submitCall.pending && <Spinner />}
          Submit
        </button>
      </div>
    </Modal>
  );
}

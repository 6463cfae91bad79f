// Package-level actions: Decline (reason, then a confirmation), Approve (optional reason) and Submit.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError, InputOf, Result } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { useInlineCall } from '../api/use-bridge-call';
import { Spinner } from '../components/Spinner';
import { InlineError } from './InlineError';
import { Modal } from './Modal';
import { ReasonField } from './ReasonField';
import { FormActions } from './FormActions';

/** Props shared by the action dialogs. */
export interface PackageActionDialogProps {
  packageId: number;
  packageName: string;
  returnFocus: () => HTMLElement | null;
  /** The server accepted the action. */
  onDone: () => void;
  onCancel: () => void;
}

/** Runs an action call and keeps its error for the dialog. */
function useAction<I>(call: (input: I) => Promise<Result<null>>, errorTitle: string) {
  const action = useInlineCall(call, errorTitle);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (input: I, onDone: () => void): Promise<void> => {
    setError(null);
    const run = await action.run(input);
    if (run.status !== 'done') return;
    if (run.value.ok) onDone();
    else setError(run.value.error);
  };
  return { run, error, isPending: action.isPending };
}

/** Decline: a required reason, then "Decline this package?" with a destructive button. */
export function DeclineDialog({ packageId, packageName, returnFocus, onDone, onCancel }: PackageActionDialogProps) {
  const [step, setStep] = useState<'reason' | 'confirm'>('reason');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const decline = useAction((input: InputOf<'declinePackage'>) => signer().declinePackage(input), 'Could not decline the package');

  if (step === 'reason') {
    const next = (event: FormEvent<HTMLFormElement>): void => {
      event.preventDefault();
      if (reason.trim() === '') {
        setReasonError('Enter a reason for declining.');
        reasonRef.current?.focus();
        return;
      }
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
      busy={decline.isPending}
      onCancel={onCancel}
    >
      <p id={`${id}-confirm`} className="dialog-message">
        “{packageName}” goes back to the sender with your reason, and you cannot sign it afterwards.
      </p>
      <blockquote className="reason-quote">{reason.trim()}</blockquote>
      <InlineError error={decline.error} />
      <div className="dialog-actions">
        <button ref={backRef} type="button" className="button button--secondary" disabled={decline.isPending} onClick={() => setStep('reason')}>
          Back
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={decline.isPending}
          aria-busy={decline.isPending}
          onClick={() => void decline.run({ packageId, reason: reason.trim() }, onDone)}
        >
          {decline.isPending && <Spinner />}
          Decline package
        </button>
      </div>
    </Modal>
  );
}

/** Approve (reviewers): an optional reason. */
export function ApproveDialog({ packageId, packageName, returnFocus, onDone, onCancel }: PackageActionDialogProps) {
  const [reason, setReason] = useState('');
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const approve = useAction((input: InputOf<'approvePackage'>) => signer().approvePackage(input), 'Could not approve the package');
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = reason.trim();
    void approve.run(text === '' ? { packageId } : { packageId, reason: text }, onDone);
  };
  return (
    <Modal title="Approve package" describedBy={`${id}-intro`} initialFocus={reasonRef} returnFocus={returnFocus} busy={approve.isPending} onCancel={onCancel}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <p id={`${id}-intro`} className="dialog-message">
          Approve “{packageName}” and pass it on to the next recipient.
        </p>
        <ReasonField label="Reason (optional)" value={reason} inputRef={reasonRef} onValueChange={setReason} />
        <InlineError error={approve.error} />
        <FormActions busy={approve.isPending} submitLabel="Approve" onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** Submit (editors): a confirmation. */
export function SubmitDialog({ packageId, packageName, returnFocus, onDone, onCancel }: PackageActionDialogProps) {
  const id = useId();
  const submitRef = useRef<HTMLButtonElement>(null);
  const submitCall = useAction((input: InputOf<'submitPackage'>) => signer().submitPackage(input), 'Could not submit the package');
  return (
    <Modal title="Submit package?" describedBy={`${id}-intro`} initialFocus={submitRef} returnFocus={returnFocus} busy={submitCall.isPending} onCancel={onCancel}>
      <p id={`${id}-intro`} className="dialog-message">
        Submit “{packageName}” with your edits and pass it on to the next recipient.
      </p>
      <InlineError error={submitCall.error} />
      <div className="dialog-actions">
        <button type="button" className="button button--secondary" disabled={submitCall.isPending} onClick={onCancel}>
          Cancel
        </button>
        <button
          ref={submitRef}
          type="button"
          className="button button--primary"
          disabled={submitCall.isPending}
          aria-busy={submitCall.isPending}
          onClick={() => void submitCall.run({ packageId }, onDone)}
        >
          {submitCall.isPending && <Spinner />}
          Submit
        </button>
      </div>
    </Modal>
  );
}

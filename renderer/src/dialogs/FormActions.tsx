// The Cancel and submit buttons that end every form dialog.
import type { Ref } from 'react';
import { Spinner } from '../components/Spinner';

/** What the action row needs. */
export interface FormActionsProps {
  /** While true both buttons are disabled and the submit button shows progress. */
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
  /** The submit button, e.g. for a dialog's initial focus. */
  submitRef?: Ref<HTMLButtonElement>;
  /** Id of text that describes the submit button, e.g. the consent statement before Sign. */
  submitDescribedBy?: string;
}

/** A dialog form's Cancel and submit buttons; submitting goes through the form's onSubmit. */
export function FormActions({ busy, submitLabel, onCancel, submitRef, submitDescribedBy }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
        Cancel
      </button>
      <button ref={submitRef} type="submit" className="button button--primary" disabled={busy} aria-busy={busy} aria-describedby={submitDescribedBy}>
        {busy && <Spinner />}
        {submitLabel}
      </button>
    </div>
  );
}

// The "Send OTP" button of one signature field. One click sends one SMS: never retried, never doubled.
import type { FieldRef } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { unwrap } from '../api/result';
import { useSingleFlight } from '../api/use-single-flight';
import { useDialogs } from '../dialogs/dialog-context';
import { Spinner } from './Spinner';

/** Props of the Send OTP button. */
export interface SendOtpButtonProps {
  field: FieldRef;
  /** The id of the field's name cell, so the button is described by the field it acts on. */
  describedBy: string;
}

/** Asks the server to text an OTP for a field, and says in a dialog whether it did. */
export function SendOtpButton({ field, describedBy }: SendOtpButtonProps) {
  const dialogs = useDialogs();
  const request = useSingleFlight({
    mutationFn: (ref: FieldRef) => unwrap(() => signer().requestOtp(ref)),
    // Errors reach the dialog through the query client's reporter, titled by this meta.
    meta: { errorTitle: 'Could not send OTP' },
    onSuccess: (_none, ref) => dialogs.showInfo('OTP sent', `A one-time password was sent by SMS for field ${ref.fieldName}.`),
  });

  return (
    <button
      type="button"
      className="button button--secondary button--small otp-button"
      aria-describedby={describedBy}
      aria-busy={request.isPending}
      disabled={request.isPending}
      onClick={() => request.run(field)}
    >
      {request.isPending && <Spinner />}
      Send OTP
    </button>
  );
}

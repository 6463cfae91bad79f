// The second sign-in step, when the account needs an SMS code: send it (once per retry time), then verify it.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SignInOutcome } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { useDialogs } from '../dialogs/dialog-context';
import { ANY_CODE_LENGTH, checkCode } from '../codes/code-check';
import { RESENT_CODE_NOTE, resendLabel } from '../codes/countdown';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { useSecondsLeft } from '../codes/use-seconds-left';
import { validateMobileNumber } from '../text/validation';

// Seconds between login codes: the server sets none for login, so the same 60 s SigningHub uses for field codes.
const LOGIN_RESEND_SECONDS = 60;

/** The login code's check: the server says nothing of its length, so any of SigningHub's (4 to 9 digits). */
const checkLoginCode = (code: string): string | null => checkCode(code, ANY_CODE_LENGTH, 'Enter the code from the SMS.');

/** Props of the login code step. */
export interface LoginOtpStepProps {
  /** The number on file from the server; empty when there is none and the user must type one. */
  mobileNumber: string;
  onOutcome: (outcome: SignInOutcome) => void;
  onBack: () => void;
}

/** Sends the login code by SMS and verifies what the user types. */
export function LoginOtpStep({ mobileNumber, onOutcome, onBack }: LoginOtpStepProps) {
  const [typedNumber, setTypedNumber] = useState('');
  const [numberTouched, setNumberTouched] = useState(false);
  const [sentAt, setSentAt] = useState<number | null>(null);
  const sent = sentAt !== null;
  const [code, setCode] = useState('');
  const [codeTouched, setCodeTouched] = useState(false);
  const [notice, setNotice] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  // Each press sends an SMS: after one, the button waits out the retry time like the sign dialog's Resend.
  const left = useSecondsLeft(sentAt ?? 0, LOGIN_RESEND_SECONDS, sent);

  const needsNumber = mobileNumber.trim() === '';
  const numberError = needsNumber && numberTouched ? validateMobileNumber(typedNumber) : null;
  const codeError = codeTouched ? checkLoginCode(code) : null;
  const dialogs = useDialogs();

  const send = useCommand((input: { mobileNumber?: string }) => signer().sendLoginOtp(input), { errorTitle: 'Could not send the code', failures: 'inline' });
  const verify = useCommand((otp: string) => signer().verifyLoginOtp({ otp }), { errorTitle: 'Could not verify the code' });

  const onSend = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (left > 0) return;
    if (needsNumber) setNumberTouched(true);
    if (needsNumber && validateMobileNumber(typedNumber) !== null) return;
    const result = await send.run(needsNumber ? { mobileNumber: typedNumber.trim() } : {});
    if (result === null) return;
    const outcome = otpSendOutcome(result);
    if (outcome.status === 'refused') {
      dialogs.showError('Could not send the code', outcome.error);
      return;
    }
    // A lost answer counts as sent: the code box opens and the resend waits, so no second SMS goes out by itself.
    setSentAt(Date.now());
    setNotice(outcome.status === 'maybe' ? MAYBE_SENT_NOTE : sent ? RESENT_CODE_NOTE : 'A code was sent by SMS. It may take a minute to arrive.');
    // The send button is disabled now; put focus where the code goes (on the first send the box autofocuses).
    codeRef.current?.focus();
  };

  const onVerify = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setCodeTouched(true);
    if (checkLoginCode(code) !== null) {
      codeRef.current?.focus();
      return;
    }
    // main's verify either signs in or throws (a wrong or expired code is a forbidden error, shown by the reporter).
    void verify.run(code.trim()).then((result) => {
      if (result?.ok === true) onOutcome(result.value);
    });
  };

  return (
    <div className="otp-step">
      {needsNumber ? (
        <p>Your account needs a one-time code, but no mobile number is on file. Enter the number to send the code to.</p>
      ) : (
        <p>
          Your account needs a one-time code. It will be sent by SMS to the mobile number on file: <strong className="mobile-number">{mobileNumber}</strong>
        </p>
      )}
      <form className="otp-send" onSubmit={(event) => void onSend(event)} noValidate>
        {needsNumber && (
          <TextField
            label="Mobile number"
            type="tel"
            autoComplete="tel"
            required
            value={typedNumber}
            onValueChange={setTypedNumber}
            error={numberError}
            autoFocus
          />
        )}
        <button
          type="submit"
          className={`button ${sent ? 'button--secondary' : 'button--primary'}`}
          disabled={send.pending || left > 0}
          aria-busy={send.pending}
          autoFocus={!needsNumber}
        >
          {send.pending && <Spinner />}
          {sent ? resendLabel(left) : 'Send code'}
        </button>
      </form>
      <p role="status" className="otp-notice">
        {notice}
      </p>
      {sent && (
        <form className="otp-verify" onSubmit={onVerify} noValidate>
          <TextField
            label="One-time code"
            type="text"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={ANY_CODE_LENGTH.max}
            spellCheck={false}
            required
            value={code}
            inputRef={codeRef}
            onValueChange={setCode}
            error={codeError}
            autoFocus
          />
          <button type="submit" className="button button--primary" disabled={verify.pending} aria-busy={verify.pending}>
            {verify.pending && <Spinner />}
            Verify
          </button>
        </form>
      )}
      <button type="button" className="button button--ghost" onClick={onBack}>
        Back
      </button>
    </div>
  );
}

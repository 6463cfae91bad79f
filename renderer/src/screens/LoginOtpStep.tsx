// The second sign-in step, when the account needs an SMS code: send it, then verify it.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SignInOutcome } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { unwrap } from '../api/result';
import { useSingleFlight } from '../api/use-single-flight';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { validateMobileNumber, validateOtp } from '../validation';

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
  const [sent, setSent] = useState(false);
  const [code, setCode] = useState('');
  const [codeTouched, setCodeTouched] = useState(false);
  const [notice, setNotice] = useState('');

  const needsNumber = mobileNumber.trim() === '';
  const numberError = needsNumber && numberTouched ? validateMobileNumber(typedNumber) : null;
  const codeError = codeTouched ? validateOtp(code) : null;

  const send = useSingleFlight({
    mutationFn: (input: { mobileNumber?: string }) => unwrap(() => signer().sendLoginOtp(input)),
    meta: { errorTitle: 'Could not send the code' },
    onSuccess: () => {
      setSent(true);
      setNotice('A code was sent by SMS. It may take a minute to arrive.');
    },
  });
  const verify = useSingleFlight({
    mutationFn: (otp: string) => unwrap(() => signer().verifyLoginOtp({ otp })),
    meta: { errorTitle: 'Could not verify the code' },
    onSuccess: (outcome) => {
      if (outcome.status === 'signed_in') {
        onOutcome(outcome);
        return;
      }
      // The server wants a fresh code: start this step over.
      setSent(false);
      setCode('');
      setCodeTouched(false);
      setNotice('The server asked for a new code. Send another one.');
    },
  });

  const onSend = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (needsNumber) {
      setNumberTouched(true);
      if (validateMobileNumber(typedNumber) !== null) return;
      send.run({ mobileNumber: typedNumber.trim() });
    } else {
      send.run({});
    }
  };

  const onVerify = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setCodeTouched(true);
    if (validateOtp(code) !== null) return;
    verify.run(code.trim());
  };

  return (
    <div className="otp-step">
      {needsNumber ? (
        <p>Your account needs a one-time code, but no mobile number is on file. Enter the number to send the code to.</p>
      ) : (
        <p>
          Your account needs a one-time code. It will be sent by SMS to the mobile number on file:{' '}
          <strong className="mobile-number">{mobileNumber}</strong>
        </p>
      )}
      <form className="otp-send" onSubmit={onSend} noValidate>
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
          disabled={send.isPending}
          aria-busy={send.isPending}
          autoFocus={!needsNumber}
        >
          {send.isPending && <Spinner />}
          Send code
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
            spellCheck={false}
            required
            value={code}
            onValueChange={setCode}
            error={codeError}
            autoFocus
          />
          <button type="submit" className="button button--primary" disabled={verify.isPending} aria-busy={verify.isPending}>
            {verify.isPending && <Spinner />}
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

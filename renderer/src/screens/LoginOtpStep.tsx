// The second sign-in step, when the account needs an SMS code: send it (once per retry time), then verify it.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { SignInOutcome } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { ANY_CODE_LENGTH, checkCode } from '../codes/code-check';
import { RESENT_CODE_NOTE, resendLabel } from '../codes/countdown';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { useSecondsLeft } from '../codes/use-seconds-left';
import { maskedNumber } from '../text/masked-number';
import { validateMobileNumber } from '../text/validation';
import { answerMayBeLost } from '../api/lost-answer';
import { useFieldAlerts } from './use-field-alert';

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
  const numberRef = useRef<HTMLInputElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  // Each press sends an SMS: after one, the button waits out the retry time like the sign dialog's Resend.
  const left = useSecondsLeft(sentAt ?? 0, LOGIN_RESEND_SECONDS, sent);

  const needsNumber = mobileNumber.trim() === '';
  const numberError = needsNumber && numberTouched ? validateMobileNumber(typedNumber) : null;
  const codeError = codeTouched ? checkLoginCode(code) : null;
  // The number is shown masked: a sign-in screen may be seen over a shoulder.
  const shownNumber = maskedNumber(needsNumber ? typedNumber : mobileNumber);
  // Failures show beside the field they concern: the code box, or the number (or Send button) for a refused SMS.
  const alerts = useFieldAlerts<'send' | 'code'>('login-code', (field) =>
    field === 'code' ? codeRef.current?.focus() : (numberRef.current ?? sendRef.current)?.focus(),
  );
  // The retry a refusal offers runs from the alert's button, after render; a ref keeps it off the render path.
  const retrySend = useRef<() => void>(() => undefined);

  const send = useCommand((input: { mobileNumber?: string }) => signer().sendLoginOtp(input), { errorTitle: 'Could not send the code', failures: 'inline' });
  const verify = useCommand((otp: string) => signer().verifyLoginOtp({ otp }), { errorTitle: 'Could not verify the code', failures: 'inline' });

  const onSend = async (event?: FormEvent<HTMLFormElement>): Promise<void> => {
    event?.preventDefault();
    alerts.clear();
    if (left > 0) return;
    if (needsNumber) setNumberTouched(true);
    if (needsNumber && validateMobileNumber(typedNumber) !== null) return;
    const result = await send.run(needsNumber ? { mobileNumber: typedNumber.trim() } : {});
    if (result === null) return;
    const outcome = otpSendOutcome(result);
    if (outcome.status === 'refused') {
      // A refusal says for sure no SMS went out, so sending again is safe.
      alerts.show('send', outcome.error, () => retrySend.current());
      return;
    }
    // A lost answer counts as sent: the code box opens and the resend waits, so no second SMS goes out by itself.
    setSentAt(Date.now());
    setNotice(outcome.status === 'maybe' ? MAYBE_SENT_NOTE : sent ? RESENT_CODE_NOTE : `We sent a code to ${shownNumber}. It may take a minute to arrive.`);
    // The send button is disabled now; put focus where the code goes (on the first send the box autofocuses).
    codeRef.current?.focus();
  };

  useEffect(() => {
    retrySend.current = () => void onSend();
  });

  const onVerify = (event?: FormEvent<HTMLFormElement>): void => {
    event?.preventDefault();
    setCodeTouched(true);
    alerts.clear();
    if (checkLoginCode(code) !== null) {
      codeRef.current?.focus();
      return;
    }
    // main's verify signs in or fails: a wrong or expired code is a refusal, shown beside the code box. Only a
    // refusal may be tried again: a lost answer may have spent the code.
    void verify.run(code.trim()).then((result) => {
      if (result?.ok === true) onOutcome(result.value);
      else if (result !== null) alerts.show('code', result.error, answerMayBeLost(result.error) ? undefined : () => onVerify());
    });
  };

  return (
    <div className="otp-step">
      {needsNumber ? (
        <p>Your account needs a one-time code, but no mobile number is on file. Enter the number to send the code to.</p>
      ) : (
        <p>
          Your account needs a one-time code. It will be sent by SMS to the mobile number on file: <strong className="mobile-number">{shownNumber}</strong>
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
            onValueChange={(value) => {
              if (alerts.field === 'send') alerts.clear();
              setTypedNumber(value);
            }}
            error={numberError}
            inputRef={numberRef}
            {...alerts.slot('send')}
            autoFocus
          />
        )}
        <button
          type="submit"
          className={`button ${sent ? 'button--secondary' : 'button--primary'}`}
          disabled={send.pending || left > 0}
          aria-busy={send.pending}
          autoFocus={!needsNumber}
          ref={sendRef}
          aria-describedby={needsNumber ? undefined : alerts.slot('send').alertIds}
        >
          {send.pending && <Spinner />}
          {sent ? resendLabel(left) : 'Send code'}
        </button>
        {!needsNumber && alerts.slot('send').alert}
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
            onValueChange={(value) => {
              if (alerts.field === 'code') alerts.clear();
              setCode(value);
            }}
            error={codeError}
            {...alerts.slot('code')}
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

// The walk-up signer's form: their name, their code when one is asked for, their hand signature, the consent,
// then Sign or Decline to sign. Each problem is said beside the part it concerns; the server's words as they came.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { HandOverInfo } from '../../../shared/hand-over-contract';
import { checkFreeText } from '../../../shared/free-text';
import { SIGNER_NAME_MAX_LENGTH } from '../../../shared/input-limits';
import { handOver } from '../api/bridge';
import type { CommandFailure } from '../api/command';
import { answerMayBeLost } from '../api/lost-answer';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { InlineError } from '../dialogs/InlineError';
import { refusesCode } from '../signing/code-entry';
import { SignatureCapture } from '../signing/SignatureCapture';
import type { SignatureCaptureHandle } from '../signing/SignatureCapture';
import { CONSENT_STATEMENT } from '../text/consent';
import { DeclineDialog } from './DeclineDialog';
import { HandOverCodeEntry } from './HandOverCodeEntry';
import type { CodeEntryHandle } from './HandOverCodeEntry';
import { LOST_SIGN_NOTE, WALK_UP_NAME } from './hand-over-text';

/** Props of the form. */
export interface HandOverFormProps {
  info: HandOverInfo;
  /** The hand-over ended here: signed or declined (main closes the window). */
  onEnded: (outcome: 'signed' | 'declined') => void;
}

type SignInput = { name: string; method: 'drawn' | 'typed'; image: string; otp?: string };

/** The form; one Sign at a time, never repeated by itself. */
export function HandOverForm({ info, onEnded }: HandOverFormProps) {
  const consentId = useId();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const [declining, setDeclining] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const declineRef = useRef<HTMLButtonElement>(null);
  const captureRef = useRef<SignatureCaptureHandle>(null);
  const codeRef = useRef<CodeEntryHandle>(null);
  const sign = useCommand((input: SignInput) => handOver().signHandOver(input), { errorTitle: 'Could not sign', failures: 'inline' });
  // A second press while the typed signature waits for its font must not sign twice.
  const submitting = useRef(false);

  const signOnce = async (): Promise<void> => {
    const invalid: (HTMLElement | null)[] = [];
    const checked = checkFreeText(name, WALK_UP_NAME);
    setNameError(checked.ok ? null : checked.message);
    if (!checked.ok) invalid.push(nameRef.current);
    // The code and the signature focus their own part when they are missing; an earlier problem then takes focus back.
    const otp = codeRef.current?.read();
    const captured = (await captureRef.current?.read()) ?? null;
    if (invalid.length > 0) invalid[0]?.focus();
    if (!checked.ok || otp === null || captured === null || captured.method === 'stored' || captured.image === undefined) return;
    setFailure(null);
    const result = await sign.run({ name: checked.value, method: captured.method, image: captured.image, ...(otp === undefined ? {} : { otp }) });
    if (result === null) return;
    if (result.ok) return onEnded('signed');
    if (otp === undefined && result.error.code === 'otp_required') return void codeRef.current?.demand();
    if (refusesCode(result.error) && codeRef.current?.refuse(result) === true) return;
    setFailure(answerMayBeLost(result.error) ? { ...result, note: LOST_SIGN_NOTE } : result);
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    void signOnce().finally(() => (submitting.current = false));
  };

  return (
    <form className="hand-over-form" noValidate onSubmit={submit}>
      <TextField
        label="Your full name"
        value={name}
        inputRef={nameRef}
        required
        autoComplete="off"
        maxLength={SIGNER_NAME_MAX_LENGTH}
        error={nameError}
        onValueChange={(value) => {
          setName(value);
          if (value.trim() !== '') setNameError(null);
        }}
      />
      <HandOverCodeEntry ref={codeRef} info={info} busy={sign.pending} />
      <SignatureCapture ref={captureRef} modes={['draw', 'type']} legend="Your signature" noun="signature" typeLabel="Type your name" followTyped={name} />
      <InlineError error={failure?.error ?? null} note={failure?.note} />
      <p id={consentId} className="consent-note">
        {CONSENT_STATEMENT}
      </p>
      <div className="hand-over-actions">
        <button ref={declineRef} type="button" className="button button--secondary" disabled={sign.pending} onClick={() => setDeclining(true)}>
          Decline to sign
        </button>
        <button type="submit" className="button button--primary" disabled={sign.pending} aria-busy={sign.pending} aria-describedby={consentId}>
          {sign.pending && <Spinner />}
          Sign
        </button>
      </div>
      {declining && <DeclineDialog onDeclined={() => onEnded('declined')} onKeepSigning={() => setDeclining(false)} />}
    </form>
  );
}

// The sign dialog: the one-time code (SMS with Resend, or an authenticator's), the hand signature, optional
// details, and for in-person fields the signer's name. A wrong code keeps it open with the server's Message;
// a code SigningHub demands on Sign is texted once and asked for, keeping everything entered.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ApiError, FieldInfo, FieldRef, InputOf, SignOutcome, SigningPreferences } from '../../../main/ipc/contract';
import { documentFieldsQuery } from '../api/queries';
import { useInlineCall } from '../api/use-bridge-call';
import { signer } from '../bridge';
import { TextField } from '../components/TextField';
import { CodeField } from './CodeField';
import { DEMANDED_CODE_NOTE, codeEntryText, codeMaxLength, demandsCode, openingCodeEntry } from './code-entry';
import type { CodeEntry } from './code-entry';
import { RESENT_CODE_NOTE, retrySeconds } from './countdown';
import { InlineError } from './InlineError';
import { Modal } from './Modal';
import { SignatureCapture } from './SignatureCapture';
import type { SignatureCaptureHandle } from './SignatureCapture';
import { useSecondsLeft } from './use-seconds-left';
import { FormActions } from './FormActions';
import { outcomeUnknown, unknownOutcomeNote } from './sign-outcome';
import type { FieldCheck } from './sign-outcome';

/** Props of the sign dialog. */
export interface SignDialogProps {
  packageId: number;
  documentId: number;
  field: FieldInfo;
  /** When the last SMS for this field went out; null when none was sent (the field may still take an authenticator code). */
  otpSentAt: number | null;
  preferences: SigningPreferences;
  returnFocus: () => HTMLElement | null;
  /** A resend went out at this time (the screen remembers it for the next opening). */
  onOtpSent: (sentAt: number) => void;
  onSigned: (outcome: SignOutcome) => void;
  onCancel: () => void;
}

/** The dialog that signs one signature field. */
export function SignDialog({ packageId, documentId, field, otpSentAt, preferences, returnFocus, onOtpSent, onSigned, onCancel }: SignDialogProps) {
  const id = useId();
  const introId = `${id}-intro`;
  const inPerson = field.kind === 'in_person_signature';
  const ref: FieldRef = { packageId, documentId, fieldName: field.name };

  const [entry, setEntry] = useState<CodeEntry>(() => openingCodeEntry(field, otpSentAt !== null));
  const entryText = codeEntryText(entry);
  const hasCode = entryText !== null;
  const [sentAt, setSentAt] = useState(otpSentAt ?? 0);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [signerName, setSignerName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  // The walk-up signer is not the host: the host's remembered details are not theirs.
  const [reason, setReason] = useState(inPerson ? '' : preferences.reason);
  const [location, setLocation] = useState(inPerson ? '' : preferences.location);
  const [contact, setContact] = useState(inPerson ? '' : preferences.contact);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  // Said under the error when the sign may have reached the server: whether it is safe to sign again.
  const [errorNote, setErrorNote] = useState('');
  const [checking, setChecking] = useState(false);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const captureRef = useRef<SignatureCaptureHandle>(null);

  const left = useSecondsLeft(sentAt, retrySeconds(field.otp), entryText?.resend === true);

  const sign = useInlineCall((input: InputOf<'signField'>) => signer().signField(input), 'Could not sign');
  const resend = useInlineCall((input: FieldRef) => signer().requestOtp(input), 'Could not send OTP');
  const busy = sign.isPending || checking || resend.isPending;

  // Code entry that appears after a Sign (SigningHub demanded a code) takes focus once it is in the page.
  useEffect(() => {
    if (entry === 'demanded') codeRef.current?.focus();
  }, [entry]);

  /** Reads the field again from the server (into the cache too): processed, still to do, or unknown when the read fails. */
  const checkField = async (): Promise<FieldCheck> => {
    try {
      const result = await signer().getDocumentFields({ packageId, documentId });
      if (!result.ok) return 'unknown';
      queryClient.setQueryData(documentFieldsQuery(packageId, documentId).queryKey, result.value);
      const now = result.value.fields.find((candidate) => candidate.name === field.name);
      return now === undefined ? 'unknown' : now.processed ? 'signed' : 'todo';
    } catch {
      return 'unknown';
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    const invalid: (HTMLElement | null)[] = [];
    const otp = code.trim();
    const codeProblem = entryText !== null && otp === '' ? entryText.missing : null;
    setCodeError(codeProblem);
    if (codeProblem !== null) invalid.push(codeRef.current);
    const nameProblem = inPerson && signerName.trim() === '' ? 'Enter the signer’s name.' : null;
    setNameError(nameProblem);
    if (nameProblem !== null) invalid.push(nameRef.current);
    // Read last: on failure it focuses its own control, which the earlier problems then override.
    const captured = captureRef.current?.read() ?? null;
    if (invalid.length > 0) {
      invalid[0]?.focus();
      return;
    }
    if (captured === null) return;
    setServerError(null);
    setErrorNote('');
    const run = await sign.run({
      ...ref,
      ...(otp === '' ? {} : { otp }),
      method: captured.method,
      ...(captured.image === undefined ? {} : { image: captured.image }),
      ...optional('reason', reason),
      ...optional('location', location),
      ...optional('contact', contact),
      ...(inPerson ? { inPersonName: signerName.trim() } : {}),
    });
    if (run.status !== 'done') return;
    const result = run.value;
    if (result.ok) {
      onSigned(result.value);
      return;
    }
    if (demandsCode(entry, result.error)) {
      // The field announced no code but the signing server wants one: text it once and ask for it.
      if (await sendCode()) {
        setEntry('demanded');
        setNotice(DEMANDED_CODE_NOTE);
      }
      return;
    }
    if (outcomeUnknown(result.error)) {
      // No answer is not a no: the server may have signed. Never sign again by ourselves; look at the field.
      setChecking(true);
      const check = await checkField();
      setChecking(false);
      if (check === 'signed') {
        onSigned({ status: 'SIGNED', transactionId: '' });
        return;
      }
      setErrorNote(unknownOutcomeNote(check));
    }
    setServerError(result.error);
    if (hasCode) {
      codeRef.current?.focus();
      codeRef.current?.select();
    }
  };

  /** Texts the field's code; true once it went out, else its failure is shown inline. */
  const sendCode = async (): Promise<boolean> => {
    setNotice('');
    setServerError(null);
    setErrorNote('');
    const run = await resend.run(ref);
    if (run.status !== 'done') return false;
    if (!run.value.ok) {
      setServerError(run.value.error);
      return false;
    }
    const at = Date.now();
    setSentAt(at);
    onOtpSent(at);
    setCode('');
    return true;
  };

  const sendAgain = async (): Promise<void> => {
    if (!(await sendCode())) return;
    setNotice(RESENT_CODE_NOTE);
    // The Resend button is disabled now; put focus where the new code goes.
    codeRef.current?.focus();
  };

  const title = inPerson ? `In-person signature: ${field.name}` : `Sign ${field.name}`;
  const who = field.placeholder === '' ? 'the signer' : field.placeholder;

  return (
    <Modal
      title={title}
      describedBy={introId}
      className="modal--wide"
      initialFocus={hasCode ? codeRef : inPerson ? nameRef : undefined}
      returnFocus={returnFocus}
      busy={busy}
      onCancel={onCancel}
    >
      <form className="modal-form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={introId} className="dialog-message">
          {entry === 'sms'
            ? `A one-time password was sent by SMS for field ${field.name}.`
            : entry === 'totp'
              ? `Enter the code from your authenticator app and add your hand signature to field ${field.name}.`
              : `Add your hand signature to field ${field.name}.`}
          {inPerson && ` Hand the screen to ${who} to sign.`}
        </p>
        {entryText !== null && (
          <CodeField
            label={entryText.label}
            hint={entryText.hint}
            value={code}
            inputRef={codeRef}
            maxLength={codeMaxLength(field)}
            error={codeError}
            onValueChange={(value) => {
              setCode(value);
              if (value.trim() !== '') setCodeError(null);
            }}
            resend={entryText.resend ? { left, pending: resend.isPending, disabled: busy, onResend: () => void sendAgain() } : undefined}
          />
        )}
        <p role="status" className="dialog-note">
          {notice}
        </p>
        {inPerson && (
          <TextField
            label="Signer’s name"
            value={signerName}
            inputRef={nameRef}
            required
            autoComplete="off"
            error={nameError}
            onValueChange={(value) => {
              setSignerName(value);
              if (value.trim() !== '') setNameError(null);
            }}
          />
        )}
        <SignatureCapture
          ref={captureRef}
          modes={inPerson ? ['draw', 'type'] : ['draw', 'type', 'stored']}
          legend="Hand signature"
          noun="signature"
          typeLabel={inPerson ? 'Type the signer’s name' : 'Type your name'}
        />
        <details className="sign-details">
          <summary>Reason, location and contact details (optional)</summary>
          <TextField label="Reason" value={reason} onValueChange={setReason} maxLength={200} autoComplete="off" />
          <TextField label="Location" value={location} onValueChange={setLocation} maxLength={200} autoComplete="off" />
          <TextField label="Contact details" value={contact} onValueChange={setContact} maxLength={200} autoComplete="off" />
        </details>
        <InlineError error={serverError} note={errorNote} />
        <FormActions busy={busy} submitLabel="Sign" onCancel={onCancel} />
      </form>
    </Modal>
  );
}

/** `{ [key]: trimmed }`, or nothing when blank, so empty details are left out of the request. */
function optional<K extends 'reason' | 'location' | 'contact'>(key: K, value: string): Partial<Record<K, string>> {
  const text = value.trim();
  return text === '' ? {} : ({ [key]: text } as Record<K, string>);
}

// The sign dialog: the one-time code (SMS with Resend, or an authenticator's), the hand signature, optional
// details, and for in-person fields the signer's name. A wrong code keeps it open with the server's Message;
// a code SigningHub demands on Sign is texted once and asked for, keeping everything entered.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldInfo, FieldRef, InputOf, SignOutcome, SigningPreferences } from '../../../shared/contract';
import type { CommandFailure, CommandResult } from '../api/command';
import { documentFieldsQuery } from '../api/queries';
import { useCommand } from '../api/use-command';
import { signer } from '../api/bridge';
import { TextField } from '../components/TextField';
import { checkFreeText, checkSigningDetails, SIGNER_NAME, type SigningDetails } from '../../../shared/free-text';
import { SIGNER_NAME_MAX_LENGTH, SIGNING_DETAIL_MAX_LENGTH } from '../../../shared/input-limits';
import { CodeField } from '../codes/CodeField';
import { checkCode } from '../codes/code-check';
import { DEMANDED_CODE_NOTE, codeEntryText, codeLength, demandsCode, openingCodeEntry } from './code-entry';
import type { CodeEntry } from './code-entry';
import { RESENT_CODE_NOTE, retrySeconds } from '../codes/countdown';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { SignatureCapture } from './SignatureCapture';
import type { SignatureCaptureHandle } from './SignatureCapture';
import { useSecondsLeft } from '../codes/use-seconds-left';
import { FormActions } from '../dialogs/FormActions';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { outcomeUnknown, unknownOutcomeNote } from './sign-outcome';
import type { FieldCheck } from './sign-outcome';

/** Props of the sign dialog. */
export interface SignDialogProps {
  packageId: number;
  documentId: number;
  field: FieldInfo;
  /** When the last SMS for this field went out; null when none was sent (the field may still take an authenticator code). */
  otpSentAt: number | null;
  /** Said when the dialog opens ('' for nothing). */
  notice: string;
  preferences: SigningPreferences;
  returnFocus: () => HTMLElement | null;
  /** A resend went out at this time (the screen remembers it for the next opening). */
  onOtpSent: (sentAt: number) => void;
  onSigned: (outcome: SignOutcome) => void;
  onCancel: () => void;
}

/** The dialog that signs one signature field. */
export function SignDialog({
  packageId,
  documentId,
  field,
  otpSentAt,
  notice: openingNotice,
  preferences,
  returnFocus,
  onOtpSent,
  onSigned,
  onCancel,
}: SignDialogProps) {
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
  const [detailErrors, setDetailErrors] = useState<Partial<SigningDetails>>({});
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const detailRefs = { reason: useRef<HTMLInputElement>(null), location: useRef<HTMLInputElement>(null), contact: useRef<HTMLInputElement>(null) };
  // The server's refusal, with (when the sign may have reached the server) whether it is safe to sign again.
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState(openingNotice);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const captureRef = useRef<SignatureCaptureHandle>(null);

  const left = useSecondsLeft(sentAt, retrySeconds(field.otp), entryText?.resend === true);

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

  /** Signs; when no answer came, reads the field before saying anything: signed after all counts as signed. */
  const signOrCheck = async (input: InputOf<'signField'>): Promise<CommandResult<SignOutcome>> => {
    const result = await signer().signField(input);
    if (result.ok || !outcomeUnknown(result.error)) return result;
    // No answer is not a no: the server may have signed. Never sign again by ourselves; look at the field.
    const check = await checkField();
    if (check === 'signed') return { ok: true, value: { status: 'SIGNED', transactionId: '' } };
    return { ok: false, error: result.error, note: unknownOutcomeNote(check) };
  };
  // Commands, not cached mutations: the code and the signature image are never kept once sent.
  const sign = useCommand(signOrCheck, { errorTitle: 'Could not sign', failures: 'inline' });
  const resend = useCommand((input: FieldRef) => signer().requestOtp(input), { errorTitle: 'Could not send OTP', failures: 'inline' });
  const busy = sign.pending || resend.pending;

  // Code entry that appears after a Sign (SigningHub demanded a code) takes focus once it is in the page.
  useEffect(() => {
    if (entry === 'demanded') codeRef.current?.focus();
  }, [entry]);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const invalid: (HTMLElement | null)[] = [];
    const otp = code.trim();
    // Digits of the expected length only: every wrong try may count against the server's limit.
    const codeProblem = entryText === null ? null : checkCode(code, codeLength(field, entry), entryText.missing);
    setCodeError(codeProblem);
    if (codeProblem !== null) invalid.push(codeRef.current);
    // Free text is normalised and checked as main will, so a problem is said here, by its field.
    const name = checkFreeText(signerName, SIGNER_NAME);
    const nameProblem = inPerson && !name.ok ? name.message : null;
    setNameError(nameProblem);
    if (nameProblem !== null) invalid.push(nameRef.current);
    const details = checkSigningDetails({ reason, location, contact });
    setDetailErrors(details.errors);
    for (const key of ['reason', 'location', 'contact'] as const) if (details.errors[key] !== undefined) invalid.push(detailRefs[key].current);
    if (Object.keys(details.errors).length > 0 && detailsRef.current !== null) detailsRef.current.open = true;
    // Read last: on failure it focuses its own control, which the earlier problems then override.
    const captured = captureRef.current?.read() ?? null;
    if (invalid.length > 0) {
      invalid[0]?.focus();
      return;
    }
    if (captured === null) return;
    setFailure(null);
    const result = await sign.run({
      ...ref,
      ...(otp === '' ? {} : { otp }),
      method: captured.method,
      ...(captured.image === undefined ? {} : { image: captured.image }),
      ...details.values,
      ...(inPerson && name.ok ? { inPersonName: name.value } : {}),
    });
    if (result === null) return;
    if (result.ok) {
      onSigned(result.value);
      return;
    }
    if (demandsCode(entry, result.error)) {
      // The field announced no code but the signing server wants one: text it once and ask for it.
      const sent = await sendCode();
      if (sent !== null) {
        setEntry('demanded');
        setNotice(sent === 'maybe' ? `${DEMANDED_CODE_NOTE} ${MAYBE_SENT_NOTE}` : DEMANDED_CODE_NOTE);
      }
      return;
    }
    setFailure(result);
    if (hasCode) {
      codeRef.current?.focus();
      codeRef.current?.select();
    }
  };

  /** Texts the field's code: 'sent', 'maybe' (the answer was lost, so it counts as sent), or null with the refusal shown inline. */
  const sendCode = async (): Promise<'sent' | 'maybe' | null> => {
    setNotice('');
    setFailure(null);
    const result = await resend.run(ref);
    if (result === null) return null;
    const sent = otpSendOutcome(result);
    if (sent.status === 'refused') {
      setFailure({ ok: false, error: sent.error });
      return null;
    }
    const at = Date.now();
    setSentAt(at);
    onOtpSent(at);
    setCode('');
    return sent.status;
  };

  const sendAgain = async (): Promise<void> => {
    const sent = await sendCode();
    if (sent === null) return;
    setNotice(sent === 'maybe' ? MAYBE_SENT_NOTE : RESENT_CODE_NOTE);
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
            maxLength={codeLength(field, entry).max}
            error={codeError}
            onValueChange={(value) => {
              setCode(value);
              if (value.trim() !== '') setCodeError(null);
            }}
            resend={entryText.resend ? { left, pending: resend.pending, disabled: busy, onResend: () => void sendAgain() } : undefined}
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
            maxLength={SIGNER_NAME_MAX_LENGTH}
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
        <details className="sign-details" ref={detailsRef}>
          <summary>Reason, location and contact details (optional)</summary>
          {(
            [
              ['reason', 'Reason', reason, setReason],
              ['location', 'Location', location, setLocation],
              ['contact', 'Contact details', contact, setContact],
            ] as const
          ).map(([key, label, value, setValue]) => (
            <TextField
              key={key}
              label={label}
              value={value}
              inputRef={detailRefs[key]}
              maxLength={SIGNING_DETAIL_MAX_LENGTH}
              autoComplete="off"
              error={detailErrors[key] ?? null}
              onValueChange={(text) => {
                setValue(text);
                setDetailErrors((errors) => ({ ...errors, [key]: undefined }));
              }}
            />
          ))}
        </details>
        <InlineError error={failure?.error ?? null} note={failure?.note} />
        <FormActions busy={busy} submitLabel="Sign" onCancel={onCancel} />
      </form>
    </Modal>
  );
}

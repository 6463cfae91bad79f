// The sign dialog: who signs and where, where the code went (masked), the sender's message, the code (SMS or an
// authenticator's), the hand signature (typed name prefilled), optional details, consent before Sign. A wrong code keeps it
// open with the server's Message beside the code field; a code demanded on Sign is texted once and asked for.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { FieldInfo, FieldRef, SignOutcome, SigningPreferences } from '../../../shared/contract';
import type { CommandFailure } from '../api/command';
import { useCommand } from '../api/use-command';
import { signer } from '../api/bridge';
import { TextField } from '../components/TextField';
import { checkFreeText, checkSigningDetails, SIGNER_NAME, type SigningDetails } from '../../../shared/free-text';
import { SIGNER_NAME_MAX_LENGTH, SIGNING_DETAIL_MAX_LENGTH } from '../../../shared/input-limits';
import { CodeField } from '../codes/CodeField';
import { checkCode } from '../codes/code-check';
import { DEMANDED_CODE_NOTE, codeEntryText, codeLength, demandsCode, openingCodeEntry, refusesCode } from './code-entry';
import type { CodeEntry } from './code-entry';
import { RESENT_CODE_NOTE, retrySeconds } from '../codes/countdown';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { SignatureCapture } from './SignatureCapture';
import type { SignatureCaptureHandle } from './SignatureCapture';
import { useSecondsLeft } from '../codes/use-seconds-left';
import { FormActions } from '../dialogs/FormActions';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { CONSENT_STATEMENT } from '../text/consent';
import { SenderMessage } from './SenderMessage';
import { codeSentLine, fieldPlace, signDialogTitle } from './sign-dialog-text';
import { useSignCommand } from './use-sign-command';

/** Props of the sign dialog. */
export interface SignDialogProps {
  packageId: number;
  documentId: number;
  field: FieldInfo;
  /** The field's document, for "Signature on page 2 of Contract.pdf". */
  documentName: string;
  /** Who signs: my name from the workflow, or an in-person field's signer label; '' when unknown. */
  signerName: string;
  /** The package sender's message, shown to the signer (not to an in-person signer: it is the host's). */
  senderMessage?: string;
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
  documentName,
  signerName: namedSigner,
  senderMessage,
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
  const placeId = `${id}-place`;
  const consentId = `${id}-consent`;
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
  const [notice, setNotice] = useState(openingNotice);
  const codeRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const captureRef = useRef<SignatureCaptureHandle>(null);

  const left = useSecondsLeft(sentAt, retrySeconds(field.otp), entryText?.resend === true);

  const sign = useSignCommand(ref);
  const resend = useCommand((input: FieldRef) => signer().requestOtp(input), { errorTitle: 'Could not send OTP', failures: 'inline' });
  const busy = sign.pending || resend.pending;

  // Code entry that appears after a Sign (SigningHub demanded a code) takes focus once it is in the page.
  useEffect(() => {
    if (entry === 'demanded') codeRef.current?.focus();
  }, [entry]);

  // A second press while the typed signature waits for its font must not sign twice.
  const submitting = useRef(false);
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    void signOnce().finally(() => (submitting.current = false));
  };

  const signOnce = async (): Promise<void> => {
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
    const captured = (await captureRef.current?.read()) ?? null;
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

  const who = field.placeholder === '' ? 'the signer' : field.placeholder;
  // A refusal of the code itself (wrong or expired) is said beside the code field; any other below the form.
  const codeRefusal = failure !== null && hasCode && refusesCode(failure.error) ? failure : null;

  return (
    <Modal
      title={signDialogTitle(namedSigner, field.name)}
      describedBy={`${placeId} ${introId}`}
      className="modal--wide"
      initialFocus={hasCode ? codeRef : inPerson ? nameRef : undefined}
      returnFocus={returnFocus}
      busy={busy}
      onCancel={onCancel}
    >
      <form className="modal-form" noValidate onSubmit={submit}>
        <p id={placeId} className="dialog-subtitle">
          {fieldPlace(field, documentName)}
        </p>
        <p id={introId} className="dialog-message">
          {entry === 'sms' || entry === 'demanded'
            ? `${codeSentLine(field.otp?.mobileNumber ?? '', inPerson)} Enter it and add your hand signature.`
            : entry === 'totp'
              ? 'Enter the code from your authenticator app and add your hand signature.'
              : 'Add your hand signature.'}
          {inPerson && ` Hand the screen to ${who} to sign.`}
        </p>
        {!inPerson && <SenderMessage message={senderMessage} />}
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
            refusal={codeRefusal === null ? undefined : <InlineError error={codeRefusal.error} note={codeRefusal.note} />}
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
          initialTyped={inPerson ? '' : namedSigner}
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
        {/* One alert region at a time: beside the code field for a refused code, here for everything else. */}
        {codeRefusal === null && <InlineError error={failure?.error ?? null} note={failure?.note} />}
        <p id={consentId} className="consent-note">
          {CONSENT_STATEMENT}
        </p>
        <FormActions busy={busy} submitLabel="Sign" onCancel={onCancel} submitDescribedBy={consentId} />
      </form>
    </Modal>
  );
}

// The prompt of a protected package: the one-time code (texted only when the user asks) or the document
// password, asked again until it opens.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError, PackageDetail } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { ServerText } from '../components/ServerText';
import { TextField } from '../components/TextField';
import { ANY_CODE_LENGTH, checkCode } from '../codes/code-check';
import { CodeField } from '../codes/CodeField';
import { DEFAULT_RETRY_SECONDS, RESENT_CODE_NOTE } from '../codes/countdown';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { MAYBE_SENT_NOTE, otpSendOutcome } from '../codes/otp-send';
import { FormActions } from '../dialogs/FormActions';
import { useSecondsLeft } from '../codes/use-seconds-left';

/** Props of the prompt. */
export interface ProtectedPromptProps {
  packageId: number;
  need: 'otp' | 'password';
  /** The server's message that asked for it, shown until a try fails. */
  message: string;
  onOpened: (detail: PackageDetail) => void;
  /** Cancel: back to the list. */
  onCancel: () => void;
}

/** Asks for the code or password, then opens the package with it. */
export function ProtectedPrompt({ packageId, need, message, onOpened, onCancel }: ProtectedPromptProps) {
  const id = useId();
  const otp = need === 'otp';
  const [value, setValue] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  // When the opening code was last texted; null until the user asks for one (opening never texts on its own).
  const [sentAt, setSentAt] = useState<number | null>(null);
  const [notice, setNotice] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  // Commands, not queries: the code or password typed here is never kept in a cache.
  const open = useCommand((secret: string) => signer().getPackage(otp ? { packageId, otp: secret } : { packageId, password: secret }), {
    errorTitle: 'Could not open the package',
    failures: 'inline',
  });
  const send = useCommand(() => signer().requestPackageOtp({ packageId }), { errorTitle: 'Could not send the code', failures: 'inline' });
  const left = useSecondsLeft(sentAt ?? 0, DEFAULT_RETRY_SECONDS, sentAt !== null);
  const busy = open.pending || send.pending;
  const asking = otp && sentAt === null;

  // Each code texted puts focus in the code entry, once the entry is in the page.
  useEffect(() => {
    if (sentAt !== null) inputRef.current?.focus();
  }, [sentAt]);

  /** Texts the opening code; on success the code entry shows and takes focus. */
  const sendCode = async (): Promise<void> => {
    setServerError(null);
    setNotice('');
    const result = await send.run(undefined);
    if (result === null) return;
    const sent = otpSendOutcome(result);
    if (sent.status === 'refused') {
      setServerError(sent.error);
      return;
    }
    // A lost answer counts as sent: code entry opens and the resend waits, so no second SMS goes out by itself.
    const resent = sentAt !== null;
    setSentAt(Date.now());
    setValue('');
    setInputError(null);
    setNotice(sent.status === 'maybe' ? MAYBE_SENT_NOTE : resent ? RESENT_CODE_NOTE : 'A one-time password was sent to you by SMS.');
  };

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (asking) {
      await sendCode();
      return;
    }
    // A password is taken as typed (spaces may be part of it); a code is trimmed, and digits of a code's length only.
    const secret = otp ? value.trim() : value;
    const problem = otp ? checkCode(secret, ANY_CODE_LENGTH, 'Enter the code from the SMS.') : secret === '' ? 'Enter the document password.' : null;
    if (problem !== null) {
      setInputError(problem);
      inputRef.current?.focus();
      return;
    }
    setServerError(null);
    setNotice('');
    const result = await open.run(secret);
    if (result === null) return;
    if (result.ok) {
      onOpened(result.value);
      return;
    }
    setServerError(result.error);
    setValue('');
    inputRef.current?.focus();
  };

  const onValueChange = (next: string): void => {
    setValue(next);
    setInputError(null);
  };

  return (
    <Modal
      title={otp ? 'Enter the code to open this package' : 'Enter the password to open this package'}
      describedBy={`${id}-intro`}
      initialFocus={asking ? sendRef : inputRef}
      busy={busy}
      onCancel={onCancel}
    >
      <form className="modal-form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={`${id}-intro`} className="dialog-message">
          {otp
            ? 'This package is protected by a one-time password. SigningHub sends it to your mobile phone by SMS when you ask for it.'
            : 'This package is protected by a document password.'}
        </p>
        {serverError === null && message !== '' && (
          <p className="dialog-note">
            <ServerText text={message} />
          </p>
        )}
        {otp ? (
          !asking && (
            <CodeField
              label="One-time password"
              value={value}
              inputRef={inputRef}
              maxLength={ANY_CODE_LENGTH.max}
              error={inputError}
              onValueChange={onValueChange}
              resend={{ left, pending: send.pending, disabled: open.pending, onResend: () => void sendCode() }}
            />
          )
        ) : (
          <TextField
            label="Document password"
            type="password"
            value={value}
            inputRef={inputRef}
            autoComplete="off"
            error={inputError}
            onValueChange={onValueChange}
          />
        )}
        <p role="status" className="dialog-note">
          {notice}
        </p>
        <InlineError error={serverError} />
        <FormActions busy={busy} submitLabel={asking ? 'Send code' : 'Open'} onCancel={onCancel} submitRef={sendRef} />
      </form>
    </Modal>
  );
}

// The prompt of a protected package: the SMS code or the document password, asked again until it opens.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError, PackageDetail } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { useInlineCall } from '../api/use-bridge-call';
import { TextField } from '../components/TextField';
import { InlineError } from '../signing/InlineError';
import { Modal } from '../signing/Modal';
import { FormActions } from '../signing/FormActions';

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
  const [value, setValue] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<ApiError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const open = useInlineCall(
    (secret: string) => signer().getPackage(need === 'otp' ? { packageId, otp: secret } : { packageId, password: secret }),
    'Could not open the package',
  );
  const otp = need === 'otp';

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (open.isPending) return;
    // A password is taken as typed (spaces may be part of it); a code is trimmed.
    const secret = otp ? value.trim() : value;
    if (secret === '') {
      setInputError(otp ? 'Enter the code from the SMS.' : 'Enter the document password.');
      inputRef.current?.focus();
      return;
    }
    setServerError(null);
    const run = await open.run(secret);
    if (run.status !== 'done') return;
    const result = run.value;
    if (result.ok) {
      onOpened(result.value);
      return;
    }
    setServerError(result.error);
    setValue('');
    inputRef.current?.focus();
  };

  return (
    <Modal
      title={otp ? 'Enter the code to open this package' : 'Enter the password to open this package'}
      describedBy={`${id}-intro`}
      initialFocus={inputRef}
      busy={open.isPending}
      onCancel={onCancel}
    >
      <form className="modal-form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={`${id}-intro`} className="dialog-message">
          {otp
            ? 'This package is protected. A one-time password was sent to you by SMS.'
            : 'This package is protected by a document password.'}
        </p>
        {serverError === null && message !== '' && <p className="dialog-note">{message}</p>}
        {otp ? (
          <TextField
            label="One-time password"
            value={value}
            inputRef={inputRef}
            autoComplete="one-time-code"
            inputMode="numeric"
            spellCheck={false}
            error={inputError}
            onValueChange={(next) => {
              setValue(next);
              setInputError(null);
            }}
          />
        ) : (
          <TextField
            label="Document password"
            type="password"
            value={value}
            inputRef={inputRef}
            autoComplete="off"
            error={inputError}
            onValueChange={(next) => {
              setValue(next);
              setInputError(null);
            }}
          />
        )}
        <InlineError error={serverError} />
        <FormActions busy={open.isPending} submitLabel="Open" onCancel={onCancel} />
      </form>
    </Modal>
  );
}

// "Choose a host PIN": the PIN the host unlocks with after each walk-up signer, or their password instead.
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import type { CommandFailure } from '../api/command';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { InlineError } from '../dialogs/InlineError';
import { Modal } from '../dialogs/Modal';
import { HOST_PIN_LENGTH } from '../../../shared/hand-over-contract';
import { checkHostPin } from './host-pin';
import type { HostPinProblems } from './host-pin';

/** How the dialog ended: a PIN was set, the host chose the password, or Escape. */
export type PinChoice = 'set' | 'password' | 'cancel';

/** Props of the PIN dialog. */
export interface ChoosePinDialogProps {
  onDone: (choice: PinChoice) => void;
}

const NO_PROBLEMS: HostPinProblems = { pin: null, repeat: null };

/** The dialog; the PIN is kept by main only as a salted hash, for this session. */
export function ChoosePinDialog({ onDone }: ChoosePinDialogProps) {
  const introId = useId();
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<HostPinProblems>(NO_PROBLEMS);
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const setHostPin = useCommand((value: string) => signer().setHostPin({ pin: value }), { errorTitle: 'Could not set the PIN', failures: 'inline' });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found = checkHostPin(pin, repeat);
    setProblems(found);
    if (found.pin !== null) return pinRef.current?.focus();
    if (found.repeat !== null) return repeatRef.current?.focus();
    setFailure(null);
    void setHostPin.run(pin).then((result) => {
      if (result?.ok === true) onDone('set');
      else if (result !== null) setFailure(result);
    });
  };

  return (
    <Modal title="Choose a host PIN" describedBy={introId} initialFocus={pinRef} busy={setHostPin.pending} onCancel={() => onDone('cancel')}>
      <form className="modal-form" noValidate onSubmit={submit}>
        <p id={introId} className="dialog-message">
          After each customer, the screen asks for this PIN or your SigningHub password before it shows your work again. The PIN is kept only until you sign
          out.
        </p>
        <TextField
          label="Host PIN"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={HOST_PIN_LENGTH.max}
          hint={`${HOST_PIN_LENGTH.min} to ${HOST_PIN_LENGTH.max} digits.`}
          value={pin}
          inputRef={pinRef}
          error={problems.pin}
          onValueChange={(value) => {
            setPin(value);
            setProblems(NO_PROBLEMS);
          }}
        />
        <TextField
          label="Repeat the PIN"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={HOST_PIN_LENGTH.max}
          value={repeat}
          inputRef={repeatRef}
          error={problems.repeat}
          onValueChange={(value) => {
            setRepeat(value);
            setProblems((last) => ({ ...last, repeat: null }));
          }}
        />
        <InlineError error={failure?.error ?? null} note={failure?.note} />
        <div className="dialog-actions">
          <button type="button" className="button button--secondary" disabled={setHostPin.pending} onClick={() => onDone('password')}>
            Use my password instead
          </button>
          <button type="submit" className="button button--primary" disabled={setHostPin.pending} aria-busy={setHostPin.pending}>
            {setHostPin.pending && <Spinner />}
            Set PIN
          </button>
        </div>
      </form>
    </Modal>
  );
}

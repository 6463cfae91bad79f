// "Please hand the screen back": how the last hand-over ended, then the host's PIN or SigningHub password.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError } from '../../../shared/contract';
import type { HostState } from '../../../shared/hand-over-contract';
import { HOST_PIN_LENGTH } from '../../../shared/hand-over-contract';
import { PASSWORD_MAX_LENGTH } from '../../../shared/input-limits';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { MessageText } from '../dialogs/MessageText';
import { checkUnlockPin } from './host-pin';
import { lockStatusText } from './kiosk-text';

/** Props of the hand-back screen. */
export interface HostLockScreenProps {
  state: HostState;
}

/** The host lock; unlocking changes the kiosk state, which takes this screen away. */
export function HostLockScreen({ state }: HostLockScreenProps) {
  const id = useId();
  const alertId = `${id}-alert`;
  const pinUsable = state.hasPin && state.pinTriesLeft > 0;
  const [choice, setChoice] = useState<'pin' | 'password'>('pin');
  const mode = pinUsable ? choice : 'password';
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const unlock = useCommand((input: { pin: string } | { password: string }) => signer().unlockHost(input), {
    errorTitle: 'Could not unlock',
    failures: 'inline',
  });

  // The screen replaces whatever had focus: start at its input, so the host can type at once.
  useEffect(() => {
    (inputRef.current ?? headingRef.current)?.focus();
  }, [mode]);

  const switchTo = (next: 'pin' | 'password'): void => {
    setChoice(next);
    setValue('');
    setProblem(null);
    setFailure(null);
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const check = mode === 'pin' ? checkUnlockPin(value) : value === '' ? 'Enter your SigningHub password.' : null;
    setProblem(check);
    setFailure(null);
    if (check !== null) return inputRef.current?.focus();
    void unlock.run(mode === 'pin' ? { pin: value } : { password: value }).then((result) => {
      if (result === null || result.ok) return;
      setFailure(result.error);
      setValue('');
      inputRef.current?.focus();
    });
  };

  return (
    <main className="kiosk-screen">
      <div className="kiosk-card">
        <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
          Please hand the screen back
        </h1>
        <p role="status" className="kiosk-status">
          {lockStatusText(state)}
        </p>
        <form className="kiosk-form" noValidate onSubmit={submit}>
          <TextField
            key={mode}
            label={mode === 'pin' ? 'Host PIN' : 'Password'}
            hint={mode === 'pin' ? undefined : 'Your SigningHub password. The server checks it.'}
            type="password"
            inputMode={mode === 'pin' ? 'numeric' : undefined}
            autoComplete={mode === 'pin' ? 'off' : 'current-password'}
            maxLength={mode === 'pin' ? HOST_PIN_LENGTH.max : PASSWORD_MAX_LENGTH}
            value={value}
            inputRef={inputRef}
            error={problem}
            onValueChange={(text) => {
              setValue(text);
              setProblem(null);
            }}
            alertIds={alertId}
            alert={
              failure === null ? undefined : (
                <p id={alertId} role="alert" className="field-error">
                  <MessageText error={failure} />
                </p>
              )
            }
          />
          <div className="kiosk-actions">
            <button type="submit" className="button button--primary" disabled={unlock.pending} aria-busy={unlock.pending}>
              {unlock.pending && <Spinner />}
              Unlock
            </button>
            {mode === 'pin' ? (
              <button type="button" className="button button--secondary" onClick={() => switchTo('password')}>
                Use my password instead
              </button>
            ) : (
              pinUsable && (
                <button type="button" className="button button--secondary" onClick={() => switchTo('pin')}>
                  Use my PIN instead
                </button>
              )
            )}
          </div>
        </form>
      </div>
    </main>
  );
}

// The first sign-in step: server, email, password, Remember me, and the advanced client settings.
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { AppInfo, ServerAbout, SignInOutcome } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { useReportedCall } from '../api/use-bridge-call';
import { Spinner } from '../components/Spinner';
import { TextField } from '../components/TextField';
import { validateServerUrl } from '../validation';
import { toSignInInput, validateSignIn } from './sign-in-form';
import type { SignInValues } from './sign-in-form';

const SET_BY_ADMIN = 'Set by your administrator.';

/** Props of the password step; its values live in the parent so "Back" from the OTP step keeps them. */
export interface PasswordStepProps {
  appInfo: AppInfo;
  values: SignInValues;
  onValuesChange: (values: SignInValues) => void;
  onOutcome: (outcome: SignInOutcome) => void;
}

/** The sign-in form; Enter submits, errors show inline once the user has tried to submit. */
export function PasswordStep({ appInfo, values, onValuesChange, onOutcome }: PasswordStepProps) {
  const [submitted, setSubmitted] = useState(false);
  const [serverCheck, setServerCheck] = useState<{ url: string; about: ServerAbout } | null>(null);
  const serverUrlRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const signIn = useReportedCall((input: ReturnType<typeof toSignInInput>) => signer().signIn(input), 'Could not sign in');
  const check = useReportedCall((serverUrl: string) => signer().checkServer({ serverUrl }), 'Could not reach the server');

  const serverUrl = appInfo.serverUrlLocked ? appInfo.serverUrl : values.serverUrl;
  const errors = validateSignIn(values, appInfo);
  const shown = submitted ? errors : { serverUrl: null, email: null, password: null };
  const set = (patch: Partial<SignInValues>): void => onValuesChange({ ...values, ...patch });

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSubmitted(true);
    // Take the user to the first thing to fix.
    const firstInvalid = errors.serverUrl !== null ? serverUrlRef : errors.email !== null ? emailRef : errors.password !== null ? passwordRef : null;
    if (firstInvalid !== null) {
      firstInvalid.current?.focus();
      return;
    }
    void signIn.run(toSignInInput(values, appInfo)).then((run) => {
      if (run.status === 'done') onOutcome(run.value);
    });
  };

  const onCheckServer = (): void => {
    const urlError = validateServerUrl(serverUrl);
    if (urlError !== null) {
      setSubmitted(true);
      serverUrlRef.current?.focus();
      return;
    }
    const url = serverUrl.trim();
    void check.run(url).then((run) => {
      if (run.status === 'done') setServerCheck({ url, about: run.value });
    });
  };

  // A result for another URL than the one in the box would mislead, so it is only shown while they match.
  const checkText = check.isPending
    ? 'Checking the server…'
    : serverCheck !== null && serverCheck.url === serverUrl.trim()
      ? `Connected to ${serverCheck.about.installationName}, version ${serverCheck.about.version} (build ${serverCheck.about.build}).`
      : '';

  return (
    <form className="sign-in-form" onSubmit={onSubmit} noValidate>
      <TextField
        label="Server URL"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        required
        readOnly={appInfo.serverUrlLocked}
        hint={appInfo.serverUrlLocked ? SET_BY_ADMIN : undefined}
        value={serverUrl}
        onValueChange={(serverUrl) => set({ serverUrl })}
        error={shown.serverUrl}
        inputRef={serverUrlRef}
        autoFocus={!appInfo.serverUrlLocked && serverUrl === ''}
      />
      <div className="server-check-row">
        <button type="button" className="button button--secondary button--small" onClick={onCheckServer} disabled={check.isPending} aria-busy={check.isPending}>
          {check.isPending && <Spinner />}
          Check server
        </button>
        <p role="status" className="server-check">
          {checkText}
        </p>
      </div>
      <TextField
        label="Email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        required
        value={values.email}
        onValueChange={(email) => set({ email })}
        error={shown.email}
        inputRef={emailRef}
        autoFocus={appInfo.serverUrlLocked || serverUrl !== ''}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={values.password}
        onValueChange={(password) => set({ password })}
        error={shown.password}
        inputRef={passwordRef}
      />
      <label className="checkbox">
        <input type="checkbox" checked={values.remember} onChange={(event) => set({ remember: event.target.checked })} />
        Remember me
      </label>
      <details className="advanced">
        <summary>Advanced</summary>
        <div className="advanced-body">
          <TextField
            label="Client ID"
            type="text"
            autoComplete="off"
            spellCheck={false}
            readOnly={appInfo.clientLocked}
            hint={appInfo.clientLocked ? SET_BY_ADMIN : undefined}
            value={values.clientId}
            onValueChange={(clientId) => set({ clientId })}
          />
          <TextField
            label="Client secret"
            type="password"
            autoComplete="off"
            readOnly={appInfo.clientLocked}
            hint={appInfo.clientLocked ? SET_BY_ADMIN : undefined}
            placeholder={appInfo.hasClientSecret ? 'Saved — leave blank to keep' : undefined}
            value={values.clientSecret}
            onValueChange={(clientSecret) => set({ clientSecret })}
          />
        </div>
      </details>
      <button type="submit" className="button button--primary button--block" disabled={signIn.isPending} aria-busy={signIn.isPending}>
        {signIn.isPending && <Spinner />}
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

// The first sign-in step: server, email, password, Remember me, and the advanced client settings.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { AppInfo, ServerAbout, SignInOutcome } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { ServerText } from '../components/ServerText';
import { TextField } from '../components/TextField';
import { validateServerUrl } from '../text/validation';
import { punycodeHostOf } from '../../../shared/server-url-check';
import { CLIENT_ID_MAX_LENGTH, CLIENT_SECRET_MAX_LENGTH, EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '../../../shared/input-limits';
import { signInErrorField, toSignInInput, validateSignIn } from './sign-in-form';
import type { SignInField, SignInValues } from './sign-in-form';
import { useFieldAlerts } from './use-field-alert';

const SET_BY_ADMIN = 'Set by your administrator.';
// The server's name and version fit on one line; anything longer is cut, with Copy details for the rest.
const ABOUT_TEXT_LIMIT = 200;

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
  const rememberNoteId = useId();
  const rememberedEmail = appInfo.rememberedEmail ?? '';

  // A remembered email that arrives after the form opened fills the email box: go on to the password.
  useEffect(() => {
    const email = emailRef.current;
    if (rememberedEmail !== '' && email !== null && document.activeElement === email && email.value === rememberedEmail) passwordRef.current?.focus();
  }, [rememberedEmail]);

  // Failures show beside the field they concern; signing in or checking again can do nothing twice, so both offer Try again.
  const signIn = useCommand((input: ReturnType<typeof toSignInInput>) => signer().signIn(input), { errorTitle: 'Could not sign in', failures: 'inline' });
  const check = useCommand((serverUrl: string) => signer().checkServer({ serverUrl }), { errorTitle: 'Could not reach the server', failures: 'inline' });
  const fieldRefs = { serverUrl: serverUrlRef, email: emailRef, password: passwordRef };
  const alerts = useFieldAlerts<SignInField>('sign-in', (field) => fieldRefs[field].current?.focus());

  const serverUrl = appInfo.serverUrlLocked ? appInfo.serverUrl : values.serverUrl;
  // A host that is not plain ASCII may imitate another: show the form that is really sent.
  const punycodeHost = punycodeHostOf(serverUrl);
  const serverHint = [appInfo.serverUrlLocked ? SET_BY_ADMIN : null, punycodeHost === null ? null : `Host in Punycode: ${punycodeHost}`]
    .filter((part) => part !== null)
    .join(' ');
  const errors = validateSignIn(values, appInfo);
  const shown = submitted ? errors : { serverUrl: null, email: null, password: null };
  const set = (patch: Partial<SignInValues>): void => {
    // Editing the field a failure was about answers it.
    if (alerts.field !== null && alerts.field in patch) alerts.clear();
    onValuesChange({ ...values, ...patch });
  };

  const onSubmit = (event?: FormEvent<HTMLFormElement>): void => {
    event?.preventDefault();
    setSubmitted(true);
    alerts.clear();
    // Take the user to the first thing to fix.
    const firstInvalid = errors.serverUrl !== null ? serverUrlRef : errors.email !== null ? emailRef : errors.password !== null ? passwordRef : null;
    if (firstInvalid !== null) {
      firstInvalid.current?.focus();
      return;
    }
    void signIn.run(toSignInInput(values, appInfo)).then((result) => {
      if (result?.ok === true) onOutcome(result.value);
      else if (result !== null) alerts.show(signInErrorField(result.error), result.error, () => onSubmit());
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
    alerts.clear();
    void check.run(url).then((result) => {
      if (result?.ok === true) setServerCheck({ url, about: result.value });
      else if (result !== null) alerts.show('serverUrl', result.error, onCheckServer);
    });
  };

  // A result for another URL than the one in the box would mislead, so it is only shown while they match.
  const about = serverCheck !== null && serverCheck.url === serverUrl.trim() ? serverCheck.about : null;
  const checkText = check.pending ? (
    'Checking the server…'
  ) : about === null ? (
    ''
  ) : (
    <>
      Connected.{' '}
      <ServerText label="The server reports:" text={`${about.installationName}, version ${about.version} (build ${about.build})`} limit={ABOUT_TEXT_LIMIT} />
    </>
  );

  return (
    <form className="sign-in-form" onSubmit={onSubmit} noValidate>
      {/* No maxLength: a cut-off paste would be another URL; the check says how long it may be. */}
      <TextField
        label="Server URL"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        required
        readOnly={appInfo.serverUrlLocked}
        hint={serverHint === '' ? undefined : serverHint}
        value={serverUrl}
        onValueChange={(serverUrl) => set({ serverUrl })}
        error={shown.serverUrl}
        {...alerts.slot('serverUrl')}
        inputRef={serverUrlRef}
        autoFocus={!appInfo.serverUrlLocked && serverUrl === ''}
      />
      <div className="server-check-row">
        <button type="button" className="button button--secondary button--small" onClick={onCheckServer} disabled={check.pending} aria-busy={check.pending}>
          {check.pending && <Spinner />}
          Check server
        </button>
        <p role="status" className="server-check">
          {checkText}
        </p>
      </div>
      <TextField
        label="Email"
        type="email"
        inputMode="email"
        autoComplete="username"
        spellCheck={false}
        required
        maxLength={EMAIL_MAX_LENGTH}
        value={values.email}
        onValueChange={(email) => set({ email })}
        error={shown.email}
        {...alerts.slot('email')}
        inputRef={emailRef}
        autoFocus={(appInfo.serverUrlLocked || serverUrl !== '') && values.email === ''}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX_LENGTH}
        autoFocus={(appInfo.serverUrlLocked || serverUrl !== '') && values.email !== ''}
        value={values.password}
        onValueChange={(password) => set({ password })}
        error={shown.password}
        {...alerts.slot('password')}
        inputRef={passwordRef}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={values.remember}
          onChange={(event) => set({ remember: event.target.checked })}
          aria-describedby={rememberedEmail === '' ? undefined : rememberNoteId}
        />
        Remember me
      </label>
      {rememberedEmail !== '' && (
        <p id={rememberNoteId} className="field-hint">
          Your remembered sign-in has ended. Keep “Remember me” ticked to renew it.
        </p>
      )}
      <details className="advanced">
        <summary>Advanced</summary>
        <div className="advanced-body">
          <TextField
            label="Client ID"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={CLIENT_ID_MAX_LENGTH}
            readOnly={appInfo.clientLocked}
            hint={appInfo.clientLocked ? SET_BY_ADMIN : undefined}
            value={values.clientId}
            onValueChange={(clientId) => set({ clientId })}
          />
          <TextField
            label="Client secret"
            type="password"
            autoComplete="off"
            maxLength={CLIENT_SECRET_MAX_LENGTH}
            readOnly={appInfo.clientSecretLocked}
            hint={appInfo.clientSecretLocked ? SET_BY_ADMIN : undefined}
            placeholder={appInfo.hasClientSecret ? 'Saved — leave blank to keep' : undefined}
            value={values.clientSecret}
            onValueChange={(clientSecret) => set({ clientSecret })}
          />
        </div>
      </details>
      <button type="submit" className="button button--primary button--block" disabled={signIn.pending} aria-busy={signIn.pending}>
        {signIn.pending && <Spinner />}
        {signIn.pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

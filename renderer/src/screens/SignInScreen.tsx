// The sign-in screen: the password step, then the login code step when the account needs one.
import { useState } from 'react';
import type { AppInfo, SessionInfo, SignInOutcome } from '../../../shared/contract';
import { LoginOtpStep } from './LoginOtpStep';
import { PasswordStep } from './PasswordStep';
import { initialSignInValues, withRememberedEmail } from './sign-in-form';
import { Brand } from '../components/Brand';
import { SettingsScreen } from './SettingsScreen';

/** Props of the sign-in screen. */
export interface SignInScreenProps {
  appInfo: AppInfo;
  onSignedIn: (session: SessionInfo) => void;
}

type Step = { name: 'password' } | { name: 'otp'; mobileNumber: string };

/** Signs the user in, with a second step for an SMS code when the server asks for one. */
export function SignInScreen({ appInfo, onSignedIn }: SignInScreenProps) {
  const [step, setStep] = useState<Step>({ name: 'password' });
  const [showSettings, setShowSettings] = useState(false);
  const [values, setValues] = useState(() => initialSignInValues(appInfo));
  // App info is read again when a session ends; the form may have opened with the older answer.
  const [seenAppInfo, setSeenAppInfo] = useState(appInfo);
  if (seenAppInfo !== appInfo) {
    setSeenAppInfo(appInfo);
    setValues(withRememberedEmail(values, seenAppInfo, appInfo));
  }

  const onOutcome = (outcome: SignInOutcome): void => {
    if (outcome.status === 'signed_in') onSignedIn(outcome.session);
    else setStep({ name: 'otp', mobileNumber: outcome.mobileNumber });
  };

  if (showSettings) {
    return (
      <main className="content">
        <SettingsScreen onClose={() => setShowSettings(false)} />
      </main>
    );
  }

  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <Brand />
        <h1 className="sign-in-title">{step.name === 'password' ? 'Sign in to SigningHub' : 'Enter your one-time code'}</h1>
        {appInfo.keychainUnavailable && (
          <p role="note" className="banner banner--warning">
            The system keychain is unavailable, so you will have to sign in again next time.
          </p>
        )}
        {step.name === 'password' ? (
          <PasswordStep appInfo={appInfo} values={values} onValuesChange={setValues} onOutcome={onOutcome} />
        ) : (
          <LoginOtpStep mobileNumber={step.mobileNumber} onOutcome={onOutcome} onBack={() => setStep({ name: 'password' })} />
        )}
        <button type="button" className="button button--ghost button--small" onClick={() => setShowSettings(true)}>
          Settings
        </button>
      </div>
    </main>
  );
}

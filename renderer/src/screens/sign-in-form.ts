// The password step's values and checks, kept apart from the JSX so they stay easy to follow.
import type { ApiError, AppInfo, InputOf } from '../../../shared/contract';
import { validateEmail, validatePassword, validateServerUrl } from '../text/validation';

/** What the user typed on the password step. */
export interface SignInValues {
  serverUrl: string;
  email: string;
  password: string;
  remember: boolean;
  clientId: string;
  clientSecret: string;
}

/** Inline messages for the fields that have rules. */
export interface SignInErrors {
  serverUrl: string | null;
  email: string | null;
  password: string | null;
}

/** The starting values: server and client id from the install, the email last remembered here, Remember me on. */
export function initialSignInValues(appInfo: AppInfo): SignInValues {
  return { serverUrl: appInfo.serverUrl, email: appInfo.rememberedEmail ?? '', password: '', remember: true, clientId: appInfo.clientId, clientSecret: '' };
}

/**
 * The values once newer app info arrives (it is read again after a session ends): an email the user has
 * not touched follows the remembered one; anything typed is kept.
 */
export function withRememberedEmail(values: SignInValues, previous: AppInfo, next: AppInfo): SignInValues {
  if (values.email !== (previous.rememberedEmail ?? '')) return values;
  return { ...values, email: next.rememberedEmail ?? '' };
}

/** Checks the form; a server URL fixed by policy is not the user's to fix, so it is not checked. */
export function validateSignIn(values: SignInValues, appInfo: AppInfo): SignInErrors {
  return {
    serverUrl: appInfo.serverUrlLocked ? null : validateServerUrl(values.serverUrl),
    email: validateEmail(values.email),
    password: validatePassword(values.password),
  };
}

/** Builds the signIn call; locked values come from the install, and blank client fields are left to main. */
export function toSignInInput(values: SignInValues, appInfo: AppInfo): InputOf<'signIn'> {
  const input: InputOf<'signIn'> = {
    serverUrl: appInfo.serverUrlLocked ? appInfo.serverUrl : values.serverUrl.trim(),
    email: values.email.trim(),
    password: values.password,
    remember: values.remember,
  };
  // A policy may fix the id alone and leave the secret to the user.
  const clientId = values.clientId.trim();
  if (!appInfo.clientLocked && clientId !== '') input.clientId = clientId;
  // Blank means "keep the saved secret", so only a typed one is sent.
  if (!appInfo.clientSecretLocked && values.clientSecret !== '') input.clientSecret = values.clientSecret;
  return input;
}

/** A field of the password step that a failed sign-in can concern. */
export type SignInField = keyof SignInErrors;

/**
 * The field a failed sign-in is shown beside: refused credentials by the password, a refused account by the email,
 * and anything about reaching the server (no answer, not found, a redirect, a server fault) by the server URL.
 */
export function signInErrorField(error: Pick<ApiError, 'kind' | 'status' | 'code'>): SignInField {
  if (error.code === 'invalid_grant' || error.code === 'invalid_credentials') return 'password';
  if (error.kind === 'invalid_input' || error.kind === 'unauthorized') return 'password';
  if (error.kind === 'forbidden' || error.kind === 'keychain_unavailable') return 'email';
  return 'serverUrl';
}

import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/contract';
import { initialSignInValues, signInErrorField, toSignInInput, validateSignIn, withRememberedEmail } from '../../renderer/src/screens/sign-in-form';

const appInfo: AppInfo = {
  serverUrl: 'https://api.signinghub.com',
  clientId: 'desk-signer',
  hasClientSecret: true,
  apiVersion: 'v3',
  serverUrlLocked: false,
  clientLocked: false,
  clientSecretLocked: false,
  keychainUnavailable: false,
  kioskMode: false,
  idleTimeoutSeconds: 90,
};

describe('sign-in form', () => {
  it('starts from the install settings with Remember me on', () => {
    expect(initialSignInValues(appInfo)).toEqual({
      serverUrl: 'https://api.signinghub.com',
      email: '',
      password: '',
      remember: true,
      clientId: 'desk-signer',
      clientSecret: '',
    });
  });

  it('prefills the email of the user last remembered here, keeping Remember me on', () => {
    expect(initialSignInValues({ ...appInfo, rememberedEmail: 'alice@example.com' })).toMatchObject({ email: 'alice@example.com', remember: true });
  });

  it('follows the remembered email when app info is read again, unless the user typed one', () => {
    const remembered = { ...appInfo, rememberedEmail: 'alice@example.com' };
    expect(withRememberedEmail(initialSignInValues(appInfo), appInfo, remembered).email).toBe('alice@example.com');
    expect(withRememberedEmail(initialSignInValues(remembered), remembered, appInfo).email).toBe('');
    const typed = { ...initialSignInValues(appInfo), email: 'bob@example.com' };
    expect(withRememberedEmail(typed, appInfo, remembered)).toBe(typed);
  });

  it('reports each invalid field', () => {
    const values = { ...initialSignInValues(appInfo), serverUrl: 'http://example.com', email: 'nope' };
    const errors = validateSignIn(values, appInfo);
    expect(errors.serverUrl).not.toBeNull();
    expect(errors.email).not.toBeNull();
    expect(errors.password).toBe('Enter your password.');
  });

  it('checks the server URL with the rule main uses: length, port, look-alike hosts', () => {
    const check = (serverUrl: string) => validateSignIn({ ...initialSignInValues(appInfo), serverUrl, email: 'a@b.example', password: 'pw' }, appInfo);
    expect(check('https://api.signinghub.com:0').serverUrl).toMatch(/port/i);
    expect(check('https://аpi.signinghub.com').serverUrl).toMatch(/Cyrillic/);
    expect(check(`https://api.signinghub.com/${'a'.repeat(10_000)}`).serverUrl).toMatch(/2,048/);
    expect(check('https://api.signinghub.com')).toEqual({ serverUrl: null, email: null, password: null });
  });

  it('does not check a server URL fixed by policy', () => {
    const values = { ...initialSignInValues(appInfo), serverUrl: '' };
    expect(validateSignIn(values, { ...appInfo, serverUrlLocked: true }).serverUrl).toBeNull();
  });

  it('sends a blank secret as "keep the saved one" and trims the rest', () => {
    const values = { ...initialSignInValues(appInfo), serverUrl: ' https://x.example ', email: ' a@b.example ', password: ' pw ' };
    expect(toSignInInput(values, appInfo)).toEqual({
      serverUrl: 'https://x.example',
      email: 'a@b.example',
      password: ' pw ',
      remember: true,
      clientId: 'desk-signer',
    });
  });

  it('sends neither client field nor a typed server when policy fixes them', () => {
    const values = { ...initialSignInValues(appInfo), serverUrl: 'https://typed.example', email: 'a@b.example', password: 'pw', clientSecret: 's' };
    const input = toSignInInput(values, { ...appInfo, serverUrlLocked: true, clientLocked: true, clientSecretLocked: true });
    expect(input).toEqual({ serverUrl: 'https://api.signinghub.com', email: 'a@b.example', password: 'pw', remember: true });
  });

  it('sends the typed secret when policy fixes the client id alone', () => {
    const values = { ...initialSignInValues(appInfo), email: 'a@b.example', password: 'pw', clientId: 'typed-id', clientSecret: 's' };
    const input = toSignInInput(values, { ...appInfo, clientLocked: true, clientSecretLocked: false });
    expect(input).toEqual({ serverUrl: 'https://api.signinghub.com', email: 'a@b.example', password: 'pw', remember: true, clientSecret: 's' });
  });
});

describe('signInErrorField', () => {
  it('puts refused credentials by the password, a refused account by the email, and the rest by the server URL', () => {
    expect(signInErrorField({ kind: 'invalid_input', status: 400, code: 'invalid_grant' })).toBe('password');
    expect(signInErrorField({ kind: 'forbidden', status: 403, code: 'invalid_credentials' })).toBe('password');
    expect(signInErrorField({ kind: 'unauthorized', status: 401 })).toBe('password');
    expect(signInErrorField({ kind: 'forbidden', status: 403 })).toBe('email');
    for (const kind of ['network', 'timeout', 'server', 'not_found', 'invalid_response'] as const) expect(signInErrorField({ kind })).toBe('serverUrl');
    expect(signInErrorField({ kind: 'server', status: 302 })).toBe('serverUrl');
  });
});

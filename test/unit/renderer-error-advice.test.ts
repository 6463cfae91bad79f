import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract';
import { adviseError } from '../../renderer/src/text/error-advice';

const error = (kind: ApiError['kind'], status?: number, extra: Partial<ApiError> = {}): ApiError => ({
  kind,
  message: 'm',
  ...(status === undefined ? {} : { status }),
  ...extra,
});

describe('adviseError', () => {
  it('says an ended session ended, with Sign in again, whatever else the error is', () => {
    expect(adviseError(error('unauthorized', 401, { sessionEnded: true }), { canRetry: true })).toEqual({
      headline: 'Your session has ended.',
      action: 'sign-in',
      label: 'Sign in again',
    });
    expect(adviseError(error('network', undefined, { sessionEnded: true }), { canRetry: true }).action).toBe('sign-in');
  });

  it.each([
    ['a 500', error('server', 500), 'SigningHub had a problem on its side.'],
    ['a 502 gateway page', error('server', 502), 'SigningHub had a problem on its side.'],
    ['a 429', error('server', 429), 'SigningHub is busy right now.'],
    ['a 408', error('timeout', 408), 'SigningHub took too long to answer.'],
    ['a timeout', error('timeout'), 'SigningHub took too long to answer.'],
    ['a dropped connection', error('network'), 'Desk Signer could not reach SigningHub.'],
    ['an unreadable answer', error('invalid_response', 200), 'SigningHub’s answer could not be read.'],
  ])('offers Try again for %s when repeating is safe, and Close when it is not', (_name, failed, headline) => {
    expect(adviseError(failed, { canRetry: true })).toEqual({ headline, action: 'retry', label: 'Try again' });
    expect(adviseError(failed, { canRetry: false })).toEqual({ headline, action: 'close', label: 'Close' });
    expect(adviseError(failed).action).toBe('close');
  });

  it('never offers Try again for a redirect: a sign-on page in front will answer the same', () => {
    expect(adviseError(error('server', 302), { canRetry: true })).toMatchObject({
      action: 'close',
      headline: 'Something in front of SigningHub sent the request elsewhere.',
    });
  });

  it('sends a refusal in a package to its sender, by name when known', () => {
    expect(adviseError(error('forbidden', 403), { sender: 'Priya Shah', canRetry: true })).toEqual({
      headline: 'You are not allowed to do this.',
      action: 'ask-sender',
      label: 'Close',
      nextStep: 'Ask the sender: Priya Shah, who sent you this package, can give you access or send the package again.',
    });
    expect(adviseError(error('forbidden', 403)).nextStep).toBe(
      'Ask the sender: the person who sent you this package can give you access or send the package again.',
    );
    expect(adviseError(error('not_found', 404), { sender: ' ' })).toMatchObject({
      headline: 'This is no longer there.',
      action: 'ask-sender',
      nextStep: 'Ask the sender: the person who sent you this package can tell you whether the package was recalled, or send it again.',
    });
  });

  it('reads the Error key: a code or password the package needs', () => {
    expect(adviseError(error('forbidden', 403, { code: 'otp_required' }))).toMatchObject({ headline: 'This needs a one-time code.', action: 'close' });
    expect(adviseError(error('forbidden', 403, { code: 'password_required' }))).toMatchObject({
      headline: 'This package needs its password.',
      action: 'close',
    });
    expect(adviseError(error('forbidden', 403, { code: 'invalid_credentials' }))).toMatchObject({
      headline: 'That password or code was not accepted.',
      action: 'close',
    });
  });

  it('on sign-in, speaks of the email and password, the account or the server, never of a sender', () => {
    expect(adviseError(error('invalid_input', 400, { code: 'invalid_grant' }), { scene: 'sign-in', canRetry: true })).toEqual({
      headline: 'The email or password was not accepted.',
      action: 'close',
      label: 'Close',
    });
    expect(adviseError(error('forbidden', 403), { scene: 'sign-in' }).headline).toBe('SigningHub did not let this account sign in.');
    expect(adviseError(error('not_found', 404), { scene: 'sign-in' }).headline).toBe('No SigningHub API answered at this server URL.');
    expect(adviseError(error('network'), { scene: 'sign-in', canRetry: true }).action).toBe('retry');
  });

  it('on the login code step, a refusal is about the code', () => {
    expect(adviseError(error('forbidden', 403, { code: 'invalid_credentials' }), { scene: 'login-code', canRetry: true })).toEqual({
      headline: 'That code was not accepted.',
      action: 'close',
      label: 'Close',
    });
    expect(adviseError(error('server', 500), { scene: 'login-code', canRetry: true }).action).toBe('retry');
  });

  it('never calls a refused certificate or proxy “could not reach”, and offers no Try again for them', () => {
    for (const code of ['certificate_untrusted', 'certificate_expired', 'certificate_wrong_host']) {
      expect(adviseError(error('network', undefined, { code }), { canRetry: true, scene: 'sign-in' })).toEqual({
        headline: 'The server’s certificate was not accepted.',
        action: 'close',
        label: 'Close',
      });
    }
    expect(adviseError(error('network', undefined, { code: 'proxy_refused' }), { canRetry: true }).headline).toBe('The proxy server refused the connection.');
  });

  it('has a plain headline for the rest', () => {
    expect(adviseError(error('invalid_input', 400)).headline).toBe('SigningHub could not accept what was sent.');
    expect(adviseError(error('unauthorized', 401)).headline).toBe('SigningHub did not accept your sign-in for this.');
    expect(adviseError(error('keychain_unavailable')).headline).toBe('The system keychain could not be used.');
    expect(adviseError(error('not_found', 404), { scene: 'login-code' }).headline).toBe('SigningHub could not find this.');
  });
});

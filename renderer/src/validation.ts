// Client-side checks for the sign-in forms. Each returns an inline message, or null when valid.

// The same rule as main/config/server-url.ts, which has the final say: keep the two in step.
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the hosts on which plain http:// is allowed: this computer (localhost, any 127.x.x.x, [::1]). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Checks a server URL: https://, or http:// on this computer only; no user name, password, query or fragment. */
export function validateServerUrl(value: string): string | null {
  const text = value.trim();
  if (text === '') return 'Enter the server URL.';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter a full URL, such as https://api.signinghub.com.';
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return 'Use https://. Plain http:// is allowed only for this computer, such as http://127.0.0.1.';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The URL must start with https://.';
  if (url.username !== '' || url.password !== '') return 'Leave the user name and password out of the URL.';
  if (url.search !== '' || url.hash !== '') return 'Leave the query (?…) and fragment (#…) out of the URL.';
  return null;
}

// Deliberately loose: something@domain.tld with no spaces. The server has the final say.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** The message for text that does not look like an email address. */
export const EMAIL_HINT = 'Enter an email address like name@example.com.';

/** True when trimmed text looks like an email address (sign-in and EMAIL form fields alike). */
export function looksLikeEmail(text: string): boolean {
  return EMAIL_PATTERN.test(text);
}

/** Checks that an email address looks like one. */
export function validateEmail(value: string): string | null {
  const text = value.trim();
  if (text === '') return 'Enter your email address.';
  return looksLikeEmail(text) ? null : EMAIL_HINT;
}

/** Checks that a password was entered (it is never trimmed: spaces may be part of it). */
export function validatePassword(value: string): string | null {
  return value === '' ? 'Enter your password.' : null;
}

// Digits with the usual separators, an optional leading +, at least 6 digits in all.
const MOBILE_PATTERN = /^\+?[\d\s().-]+$/;

/** Checks a mobile number typed for the login code. */
export function validateMobileNumber(value: string): string | null {
  const text = value.trim();
  if (text === '') return 'Enter the mobile number to send the code to.';
  const digits = text.replace(/\D/g, '');
  return MOBILE_PATTERN.test(text) && digits.length >= 6 ? null : 'Enter a mobile number, such as +44 7700 900123.';
}

/** Checks that a one-time code was entered. */
export function validateOtp(value: string): string | null {
  return value.trim() === '' ? 'Enter the code from the SMS.' : null;
}

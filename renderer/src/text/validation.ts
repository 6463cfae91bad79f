// Client-side checks for the sign-in forms. Each returns an inline message, or null when valid.
import { checkServerUrl } from '../../../shared/server-url-check';
import { EMAIL_MAX_LENGTH } from '../../../shared/input-limits';

export { isLoopbackHost } from '../../../shared/server-url-check';

/** Checks a server URL with main's own rule (main/config/server-url.ts wraps the same check). */
export function validateServerUrl(value: string): string | null {
  const check = checkServerUrl(value);
  return check.ok ? null : check.message;
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
  if (text.length > EMAIL_MAX_LENGTH) return `An email address can be at most ${EMAIL_MAX_LENGTH} characters.`;
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

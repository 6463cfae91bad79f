import { ApiFailure } from '../signinghub/api-failure.js';
import { checkServerUrl } from '../../shared/server-url-check.js';

/** A server URL in the form sign-in uses, or the reason it is refused. */
export type CheckedServerUrl = { ok: true; url: string } | { ok: false; message: string };

/** Checks a server URL, typed or read back from settings, with the rule the sign-in form uses. */
export function checkedServerUrl(input: string): CheckedServerUrl {
  const check = checkServerUrl(input);
  return check.ok ? { ok: true, url: check.url } : { ok: false, message: check.message };
}

/** Validates a server URL with the rule the sign-in form uses, and returns it without a trailing slash, or throws `invalid_input`. */
export function normalizeServerUrl(input: string): string {
  const check = checkedServerUrl(input);
  if (!check.ok) throw new ApiFailure({ kind: 'invalid_input', message: check.message });
  return check.url;
}

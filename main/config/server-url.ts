import { ApiFailure } from '../signinghub/api-failure.js';
import { checkServerUrl } from '../ipc/shared/server-url-check.js';

/** Validates a server URL with the rule the sign-in form uses, and returns it without a trailing slash, or throws `invalid_input`. */
export function normalizeServerUrl(input: string): string {
  const check = checkServerUrl(input);
  if (!check.ok) throw new ApiFailure({ kind: 'invalid_input', message: check.message });
  return check.url;
}

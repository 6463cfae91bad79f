import type { AppConfig } from '../config/app-config.js';
import { checkedServerUrl } from '../config/server-url.js';
import type { ApiError } from '../../shared/contract.js';
import type { ClientCredentials } from '../signinghub/auth-client.js';
import type { StoredCredentials } from './stored-credentials.js';

/** Either what a remembered session may be renewed with, or why it has to be forgotten. */
export type RememberedCheck<T> = { ok: true; value: T } | { ok: false; error: ApiError };

const SIGN_IN_AGAIN = 'Please sign in again.';

// The session is over for the user, whose next step is the sign-in form; these are Desk Signer's words, so no status.
const forgotten = (kind: ApiError['kind'], message: string): RememberedCheck<never> => ({ ok: false, error: { kind, message, sessionEnded: true } });

/**
 * The server a remembered session may be renewed on: its saved URL must pass the sign-in check and match
 * a server fixed by policy. Checked before the keychain is read, so a refused URL never gets a token.
 */
export function rememberedServer(savedUrl: string, config: AppConfig): RememberedCheck<string> {
  const check = checkedServerUrl(savedUrl);
  if (!check.ok)
    return forgotten(
      'invalid_input',
      `Desk Signer forgot your remembered sign-in, because its saved server address is not accepted: ${check.message} ${SIGN_IN_AGAIN}`,
    );
  if (config.serverUrlLocked && check.url !== config.serverUrl) {
    return forgotten(
      'forbidden',
      `Your administrator has set the server to ${config.serverUrl}, so Desk Signer forgot your remembered sign-in on ${check.url}. ${SIGN_IN_AGAIN}`,
    );
  }
  return { ok: true, value: check.url };
}

/** The API client a remembered session is renewed with: its own, unless policy fixes another client id; a fixed secret wins. */
export function rememberedClient(stored: StoredCredentials, config: AppConfig): RememberedCheck<ClientCredentials> {
  if (config.clientLocked && stored.clientId !== config.clientId) {
    return forgotten(
      'forbidden',
      `Your administrator has set the API client for this computer, so Desk Signer forgot your remembered sign-in, which used another client. ${SIGN_IN_AGAIN}`,
    );
  }
  return { ok: true, value: { clientId: stored.clientId, clientSecret: config.clientSecretLocked ? config.clientSecret : stored.clientSecret } };
}

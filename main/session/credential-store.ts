/** Where secrets live: the OS keychain, or memory when it cannot be reached. */
export interface CredentialStore {
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  delete(account: string): Promise<boolean>;
}

/** Keychain service names: dev and packaged builds never share entries. */
export const KEYCHAIN_SERVICE = { packaged: 'Desk Signer', dev: 'Desk Signer Dev' } as const;

/** The keychain account for a user on a server: `<server origin>|<email>`. */
export function keychainAccount(serverUrl: string, email: string): string {
  return `${new URL(serverUrl).origin}|${email.toLowerCase()}`;
}

import keytar from 'keytar';
import type { CredentialStore } from './credential-store.js';

/** The OS keychain (Keychain, Credential Manager, Secret Service) through keytar. */
export class KeytarStore implements CredentialStore {
  constructor(private readonly service: string) {}

  /** Reads an entry. */
  get(account: string): Promise<string | null> {
    return keytar.getPassword(this.service, account);
  }

  /** Writes an entry. */
  set(account: string, secret: string): Promise<void> {
    return keytar.setPassword(this.service, account, secret);
  }

  /** Removes an entry; true if there was one. */
  delete(account: string): Promise<boolean> {
    return keytar.deletePassword(this.service, account);
  }
}

import type { CredentialStore } from './credential-store.js';

/** Keeps secrets in this process only; gone when the app quits. */
export class MemoryStore implements CredentialStore {
  private readonly entries = new Map<string, string>();

  /** Reads an entry. */
  async get(account: string): Promise<string | null> {
    return this.entries.get(account) ?? null;
  }

  /** Writes an entry. */
  async set(account: string, secret: string): Promise<void> {
    this.entries.set(account, secret);
  }

  /** Removes an entry; true if there was one. */
  async delete(account: string): Promise<boolean> {
    return this.entries.delete(account);
  }
}

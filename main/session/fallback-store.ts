import type { CredentialStore } from './credential-store.js';
import { MemoryStore } from './memory-store.js';

/** Shown once the keychain has failed. */
export const KEYCHAIN_WARNING =
  'Your system keychain is unavailable, so Desk Signer keeps your sign-in in memory only. You will have to sign in again next time.';

/** Uses the keychain while it works; after its first failure, memory only (never plain-text disk). */
export class FallbackStore implements CredentialStore {
  private readonly memory = new MemoryStore();
  private failed = false;

  constructor(private readonly keychain: CredentialStore) {}

  /** True once the keychain has failed and secrets live in memory. */
  get unavailable(): boolean {
    return this.failed;
  }

  /** Probes the keychain so the UI can warn before sign-in. */
  async probe(): Promise<void> {
    await this.get('desk-signer-probe');
  }

  /** Reads an entry. */
  get(account: string): Promise<string | null> {
    return this.use((store) => store.get(account));
  }

  /** Writes an entry. */
  set(account: string, secret: string): Promise<void> {
    return this.use((store) => store.set(account, secret));
  }

  /**
   * Removes an entry; true if there was one. After a failure the keychain is still asked: an entry
   * written while it worked must not outlive a sign-out.
   */
  async delete(account: string): Promise<boolean> {
    if (!this.failed) return this.use((store) => store.delete(account));
    const [fromKeychain, fromMemory] = await Promise.all([this.keychain.delete(account).catch(() => false), this.memory.delete(account)]);
    return fromKeychain || fromMemory;
  }

  private async use<T>(action: (store: CredentialStore) => Promise<T>): Promise<T> {
    if (!this.failed) {
      try {
        return await action(this.keychain);
      } catch {
        // keytar gives no error codes; any failure means no usable keychain this run.
        this.failed = true;
      }
    }
    return action(this.memory);
  }
}

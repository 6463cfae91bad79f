import type * as keytarModule from 'keytar';
import type { CredentialStore } from './credential-store.js';

/** keytar's functions: the OS keychain (Keychain, Credential Manager, Secret Service). */
export type Keytar = Pick<typeof keytarModule, 'getPassword' | 'setPassword' | 'deletePassword'>;

/** Loads keytar; a missing module or a native binary built for another architecture rejects here. */
export type KeytarLoader = () => Promise<Keytar>;

const importKeytar: KeytarLoader = async () => {
  // keytar is CommonJS: under Node's ESM loader its functions sit on the default export.
  const module: Keytar & { default?: Keytar } = await import('keytar');
  return module.default ?? module;
};

/**
 * The OS keychain through keytar, loaded on first use rather than at start-up: a keytar that cannot
 * load fails each call, which the fallback store turns into memory with a warning.
 */
export class KeytarStore implements CredentialStore {
  private keytar: Promise<Keytar> | null = null;

  constructor(
    private readonly service: string,
    private readonly load: KeytarLoader = importKeytar,
  ) {}

  /** Reads an entry. */
  async get(account: string): Promise<string | null> {
    return (await this.module()).getPassword(this.service, account);
  }

  /** Writes an entry. */
  async set(account: string, secret: string): Promise<void> {
    return (await this.module()).setPassword(this.service, account, secret);
  }

  /** Removes an entry; true if there was one. */
  async delete(account: string): Promise<boolean> {
    return (await this.module()).deletePassword(this.service, account);
  }

  private module(): Promise<Keytar> {
    // One load per run: a module that failed to load will not load on a second try.
    this.keytar ??= this.load();
    return this.keytar;
  }
}

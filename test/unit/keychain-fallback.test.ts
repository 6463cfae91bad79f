// The keychain behind its fallback: keytar is loaded on first use, a keytar that cannot load means
// memory with the usual warning, and once the keychain has failed, sign-out still clears its entry.
import { describe, expect, it } from 'vitest';
import { FallbackStore } from '../../main/session/fallback-store.js';
import { KeytarStore } from '../../main/session/keytar-store.js';
import { SwitchableKeychain } from '../support/switchable-keychain.js';

describe('FallbackStore after a keychain failure', () => {
  it('still deletes the keychain entry, so nothing remembered outlives the sign-out', async () => {
    const keychain = new SwitchableKeychain();
    const store = new FallbackStore(keychain);
    await store.set('origin|alice', 'refresh-token-1');
    keychain.down = true;
    await store.set('origin|alice', 'refresh-token-2');
    expect(store.unavailable).toBe(true);
    expect(await store.get('origin|alice')).toBe('refresh-token-2');

    keychain.down = false;
    expect(await store.delete('origin|alice')).toBe(true);
    expect(await keychain.get('origin|alice')).toBeNull();
    expect(await store.get('origin|alice')).toBeNull();
  });

  it('deletes from memory even when the keychain is still down', async () => {
    const keychain = new SwitchableKeychain();
    const store = new FallbackStore(keychain);
    keychain.down = true;
    await store.set('origin|alice', 'refresh-token');
    expect(await store.delete('origin|alice')).toBe(true);
    expect(keychain.deleteCalls).toBe(1);
    expect(await store.get('origin|alice')).toBeNull();
  });
});

describe('KeytarStore loading', () => {
  it('does not load keytar until the first keychain call', async () => {
    let loads = 0;
    const store = new KeytarStore('Desk Signer Test', async () => {
      loads += 1;
      throw new Error('not needed yet');
    });
    expect(loads).toBe(0);
    await expect(store.get('a')).rejects.toThrow('not needed yet');
    await expect(store.set('a', 'b')).rejects.toThrow('not needed yet');
    expect(loads).toBe(1);
  });

  for (const [what, failure] of [
    ['missing', Object.assign(new Error("Cannot find package 'keytar'"), { code: 'ERR_MODULE_NOT_FOUND' })],
    ['built for another architecture', new Error('keytar.node: wrong ELF class: ELFCLASS32')],
  ] as const) {
    it(`falls back to memory when keytar is ${what}`, async () => {
      const store = new FallbackStore(new KeytarStore('Desk Signer Test', () => Promise.reject(failure)));
      await store.probe();
      expect(store.unavailable).toBe(true);
      await store.set('origin|alice', 'secret');
      expect(await store.get('origin|alice')).toBe('secret');
      expect(await store.delete('origin|alice')).toBe(true);
    });
  }
});

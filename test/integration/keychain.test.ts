import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { KeytarStore } from '../../main/session/keytar-store.js';
import { FallbackStore } from '../../main/session/fallback-store.js';
import { keychainAccount } from '../../main/session/credential-store.js';
import { KEYRING_SKIP_REASON, NO_BUS_ADDRESS, keyringAvailable } from '../support/keyring.js';

const SERVICE = 'Desk Signer Test';

if (!keyringAvailable()) console.log(`keychain integration: ${KEYRING_SKIP_REASON}`);

describe.runIf(keyringAvailable())('keytar store against the real Secret Service', () => {
  it('writes, reads and deletes an entry under <origin>|<email>', async () => {
    const store = new KeytarStore(SERVICE);
    const account = keychainAccount('http://127.0.0.1:4010/api', `Tester-${randomUUID()}@Example.com`);
    expect(account).toMatch(/^http:\/\/127\.0\.0\.1:4010\|tester-.*@example\.com$/);
    expect(await store.get(account)).toBeNull();
    await store.set(account, 'secret-1');
    await store.set(account, 'secret-2');
    expect(await store.get(account)).toBe('secret-2');
    expect(await store.delete(account)).toBe(true);
    expect(await store.get(account)).toBeNull();
    expect(await store.delete(account)).toBe(false);
  });

  it('stays on the keychain while it works', async () => {
    const store = new FallbackStore(new KeytarStore(SERVICE));
    await store.probe();
    expect(store.unavailable).toBe(false);
    const account = `probe|${randomUUID()}`;
    await store.set(account, 'x');
    expect(await new KeytarStore(SERVICE).get(account)).toBe('x');
    await store.delete(account);
  });
});

describe('keytar store with no keychain at all', () => {
  it('falls back to memory, says so, and writes nothing to disk', () => {
    // A separate process, because libsecret keeps its first bus connection for the process lifetime.
    const script = `
      import { KeytarStore } from './main/session/keytar-store.ts';
      import { FallbackStore } from './main/session/fallback-store.ts';
      const store = new FallbackStore(new KeytarStore('${SERVICE}'));
      await store.probe();
      await store.set('a', 'b');
      console.log(JSON.stringify({ unavailable: store.unavailable, value: await store.get('a') }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: NO_BUS_ADDRESS, DISPLAY: '' },
      encoding: 'utf8',
    });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ unavailable: true, value: 'b' });
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KeytarStore } from '../../main/session/keytar-store.js';
import { FallbackStore } from '../../main/session/fallback-store.js';
import { keychainAccount } from '../../main/session/credential-store.js';
import { readFolder, secretsOnDisk } from '../support/disk-scan.js';
import { KEYRING_SKIP_REASON, NO_BUS_ADDRESS, keyringAvailable } from '../support/keyring.js';

const SERVICE = 'Desk Signer Test';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

/** Runs a script in its own Node (libsecret keeps its first bus connection for the process lifetime) with a throwaway home. */
function runIsolated(script: string, options: { refuseKeytar?: boolean } = {}): { output: unknown; home: string } {
  const home = mkdtempSync(join(tmpdir(), 'desk-signer-home-'));
  const xdg = Object.fromEntries(
    ['DATA', 'CONFIG', 'CACHE', 'STATE', 'RUNTIME'].map((name) => [`XDG_${name}_${name === 'RUNTIME' ? 'DIR' : 'HOME'}`, join(home, name.toLowerCase())]),
  );
  // A resolve hook that fails for keytar the way a missing or wrong-architecture module does.
  const refuse = `export async function resolve(specifier, context, next) { if (specifier === 'keytar') throw new Error('keytar.node: wrong ELF class'); return next(specifier, context); }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(refuse)}`)});`;
  const out = execFileSync(
    process.execPath,
    [
      ...(options.refuseKeytar ? ['--import', `data:text/javascript,${encodeURIComponent(register)}`] : []),
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { cwd: ROOT, env: { ...process.env, ...xdg, HOME: home, USERPROFILE: home, DBUS_SESSION_BUS_ADDRESS: NO_BUS_ADDRESS, DISPLAY: '' }, encoding: 'utf8' },
  );
  return { output: JSON.parse(out.trim().split('\n').pop()!), home };
}

describe('keytar store with no keychain at all', () => {
  it('falls back to memory, says so, and writes nothing to disk', async () => {
    const secret = `refresh-${randomUUID()}`;
    const script = `
      import { writeFileSync } from 'node:fs';
      import { join } from 'node:path';
      import { KeytarStore } from './main/session/keytar-store.ts';
      import { FallbackStore } from './main/session/fallback-store.ts';
      const store = new FallbackStore(new KeytarStore('${SERVICE}'));
      await store.probe();
      await store.set('a', '${secret}');
      // A marker that the folder watched is the one this process writes to.
      writeFileSync(join(process.env.HOME, 'marker'), 'written here');
      console.log(JSON.stringify({ unavailable: store.unavailable, value: await store.get('a') }));
    `;
    const { output, home } = runIsolated(script);
    try {
      expect(output).toEqual({ unavailable: true, value: secret });
      const files = await readFolder(home);
      expect(secretsOnDisk(files, { marker: ['written here'] })).toEqual(['marker holds marker']);
      expect(secretsOnDisk(files, { 'the refresh token': [secret] })).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('starts without keytar: a module that cannot load means memory and the usual warning, not a crash', () => {
    const script = `
      import { join } from 'node:path';
      import { composeApp } from './main/compose.ts';
      import { resolveConfig } from './main/config/app-config.ts';
      import { KeytarStore } from './main/session/keytar-store.ts';
      const config = resolveConfig({}, {}, { settingsPath: join(process.env.HOME, 'settings.json') });
      const table = await composeApp(config, { keychain: new KeytarStore('${SERVICE}') });
      console.log(JSON.stringify({ keychainUnavailable: (await table.getAppInfo(undefined)).keychainUnavailable }));
    `;
    const { output, home } = runIsolated(script, { refuseKeytar: true });
    rmSync(home, { recursive: true, force: true });
    expect(output).toEqual({ keychainUnavailable: true });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SettingsFile } from '../../main/config/settings-file.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'settings-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SettingsFile', () => {
  it('keeps the good keys when one is damaged', async () => {
    const path = join(dir, 'settings.json');
    await writeFile(path, JSON.stringify({ serverUrl: 'https://sh.example.org', clientId: 42, lastSession: { email: 'x' } }));
    const file = new SettingsFile(path);
    expect(await file.read()).toEqual({ serverUrl: 'https://sh.example.org' });
    await file.update({ clientId: 'desk-signer' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ serverUrl: 'https://sh.example.org', clientId: 'desk-signer' });
  });

  it('reads a missing or corrupt file as empty', async () => {
    expect(await new SettingsFile(join(dir, 'none.json')).read()).toEqual({});
    await writeFile(join(dir, 'bad.json'), '{not json');
    expect(await new SettingsFile(join(dir, 'bad.json')).read()).toEqual({});
  });

  it('applies concurrent changes one after another, none lost', async () => {
    const file = new SettingsFile(join(dir, 'settings.json'));
    const prefs = (n: number) => ({ reason: `r${n}`, location: '', contact: '' });
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) => file.update((current) => ({ signingPreferences: { ...current.signingPreferences, [`account-${n}`]: prefs(n) } }))),
    );
    expect(Object.keys((await file.read()).signingPreferences ?? {}).sort()).toEqual(['account-1', 'account-2', 'account-3', 'account-4', 'account-5']);
  });
});

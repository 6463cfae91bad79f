// The release pieces that run without installer tools: the release arguments, icons from the one SVG,
// and the GPG hook signing packages with a throwaway key.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIcons } from '../../scripts/release/icons.js';
import { releaseArgs } from '../../scripts/release/release-args.js';
// @ts-expect-error electron-builder loads this hook as plain JavaScript, so it has no types.
import gpgSign from '../../scripts/release/gpg-sign.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-signer-release-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('release arguments', () => {
  it('force code signing on Windows and macOS, for this machine’s architecture only, and publish nothing without a feed', () => {
    expect(releaseArgs('win', 'arm64', {})).toEqual(['--win', '--arm64', '--config', 'electron-builder.yml', '--publish', 'never', '-c.forceCodeSigning=true']);
    expect(releaseArgs('mac', 'x64', {})).toContain('-c.forceCodeSigning=true');
    expect(releaseArgs('linux', 'x64', {})).not.toContain('-c.forceCodeSigning=true');
    expect(() => releaseArgs('mac', 'ia32', {})).toThrow('not ia32');
  });

  it('writes a generic feed (URL and channel) into the build only from the environment', () => {
    expect(releaseArgs('linux', 'x64', { DESK_SIGNER_UPDATE_URL: 'https://updates.example.org/desk', DESK_SIGNER_UPDATE_CHANNEL: 'beta' })).toEqual(
      expect.arrayContaining(['-c.publish.provider=generic', '-c.publish.url=https://updates.example.org/desk', '-c.publish.channel=beta']),
    );
    expect(() => releaseArgs('win', 'x64', { DESK_SIGNER_UPDATE_URL: 'http://updates.example.org' })).toThrow('must be an https:// URL');
  });
});

describe('icons', () => {
  it('renders png, ico and icns from build/icon.svg, the same as the committed ones', async () => {
    const [png, ico, icns] = await writeIcons(join(root, 'build/icon.svg'), dir);
    const bytes = await Promise.all([png, ico, icns].map((p) => readFile(p ?? '')));
    expect(bytes[0]?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes[0]?.readUInt32BE(16)).toBe(1024);
    expect(bytes[1]?.subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
    expect(bytes[2]?.subarray(0, 4).toString()).toBe('icns');
    for (const [i, name] of ['icon.png', 'icon.ico', 'icon.icns'].entries()) expect(await readFile(join(root, 'build', name))).toEqual(bytes[i]);
  }, 180_000);
});

describe('GPG signatures', () => {
  it('signs each Linux package with the named key, detached and verifiable, and does nothing without a key', async () => {
    const home = join(dir, 'gnupg');
    const env = { ...process.env, GNUPGHOME: home };
    execFileSync('mkdir', ['-m', '700', home]);
    execFileSync('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', 'Release Test <release@example.org>', 'ed25519', 'sign', '1d'], {
      env,
      stdio: 'ignore',
    });
    const deb = join(dir, 'desk-signer_0.1.0_amd64.deb');
    const exe = join(dir, 'Desk Signer Setup 0.1.0 x64.exe');
    await writeFile(deb, 'a package');
    await writeFile(exe, 'not signed by GPG');
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { GNUPGHOME: home, DESK_SIGNER_GPG_KEY: 'release@example.org' });
      expect(gpgSign({ artifactPaths: [deb, exe] })).toEqual([`${deb}.asc`]);
      expect(() => execFileSync('gpg', ['--verify', `${deb}.asc`, deb], { env, stdio: 'pipe' })).not.toThrow();
      await writeFile(deb, 'a changed package');
      expect(() => execFileSync('gpg', ['--verify', `${deb}.asc`, deb], { env, stdio: 'pipe' })).toThrow();
      delete process.env.DESK_SIGNER_GPG_KEY;
      expect(gpgSign({ artifactPaths: [deb] })).toEqual([]);
    } finally {
      process.env = saved;
    }
  }, 60_000);
});

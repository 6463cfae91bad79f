// Packs the built app with electron-builder (--dir, a stand-in Electron, since the real binary may
// not be downloadable) and inspects the asar: the packaged shape, not just the sources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { packDir } from '../../scripts/release/dist-dir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work = '';
let files: string[] = [];
let unpacked = '';
let resources = '';

beforeAll(async () => {
  if (!existsSync(join(root, 'app/dist/main.mjs'))) throw new Error('app/dist is not built: run `npm run build` first.');
  work = await mkdtemp(join(tmpdir(), 'desk-signer-pack-'));
  // What `npm run dist:dir` does: the shipping config, Electron replaced by a stand-in that carries a fuse wire.
  unpacked = await packDir(join(work, 'out'));
  resources = join(unpacked, 'resources');
  files = listPackage(join(resources, 'app.asar'), { isPack: false });
}, 300_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the packaged app', () => {
  it('holds the built main, preload and UI, and the runtime dependencies', () => {
    for (const file of [
      '/package.json',
      '/dist/main.mjs',
      '/dist/preload.cjs',
      '/dist/renderer/index.html',
      '/node_modules/got/package.json',
      '/node_modules/zod/package.json',
      '/node_modules/keytar/package.json',
    ]) {
      expect(files).toContain(file);
    }
  });

  it('unpacks keytar’s native module so it can load', () => {
    expect(existsSync(join(resources, 'app.asar.unpacked/node_modules/keytar/build/Release/keytar.node'))).toBe(true);
  });

  it('ships no sandbox, tests, sources or source maps, and no dev-only packages', () => {
    expect(files.filter((f) => /\/test\/|sandbox|\.map$|\/main\/.*\.ts$|\/renderer\/src\//.test(f) && !f.startsWith('/node_modules/'))).toEqual([]);
    for (const dev of ['electron', 'playwright-core', 'vite', 'fastify', 'react']) expect(files).not.toContain(`/node_modules/${dev}/package.json`);
    const main = extractFile(join(resources, 'app.asar'), 'dist/main.mjs').toString();
    expect(main).not.toContain('_sandbox');
  });

  it('has app/package.json naming the ESM main and exactly the runtime dependencies', async () => {
    const packaged = JSON.parse(extractFile(join(resources, 'app.asar'), 'package.json').toString()) as Record<string, unknown>;
    const source = JSON.parse(await readFile(join(root, 'app/package.json'), 'utf8')) as Record<string, unknown>;
    expect(packaged).toMatchObject({ name: 'desk-signer', main: 'dist/main.mjs', version: source.version, dependencies: source.dependencies });
    expect(packaged).not.toHaveProperty('devDependencies');
    expect(packaged).not.toHaveProperty('scripts');
  });

  it('flips every fuse in the binary as configured, read back with @electron/fuses', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'desk-signer'));
    // The wire holds ASCII '1' (on) or '0' (off) per fuse.
    const FuseState = { ENABLE: 0x31, DISABLE: 0x30 };
    const expected: Record<FuseV1Options, number> = {
      [FuseV1Options.RunAsNode]: FuseState.DISABLE,
      [FuseV1Options.EnableCookieEncryption]: FuseState.ENABLE,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.DISABLE,
      [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.DISABLE,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.ENABLE,
      [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.ENABLE,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.DISABLE,
    };
    expect(wire).toEqual({ version: '1', ...expected });
  });

  it('keeps asar on and npm rebuild off, publishes nothing by default, and matches electron-builder’s schema', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ asar: true, npmRebuild: false, publish: null, afterAllArtifactBuild: 'scripts/release/gpg-sign.mjs' });
    // The publisher comes from the signing certificate and the copyright from app/package.json's author: one place each.
    expect(config).not.toHaveProperty('copyright');
    expect(config.win?.signtoolOptions?.publisherName).toBeUndefined();
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    await expect(validateConfiguration({ ...config, nsis: { perMachin: true } as never }, new DebugLogger(false))).rejects.toThrow(
      /does not match the API schema/,
    );
  }, 120_000);
});

// Packs the built app with electron-builder (--dir, a stand-in Electron, since the real binary may
// not be downloadable) and inspects the asar: the packaged shape, not just the sources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';

const root = fileURLToPath(new URL('../..', import.meta.url));
let work = '';
let files: string[] = [];
let resources = '';

beforeAll(async () => {
  if (!existsSync(join(root, 'app/dist/main.mjs'))) throw new Error('app/dist is not built: run `npm run build` first.');
  work = await mkdtemp(join(tmpdir(), 'desk-signer-pack-'));
  const electronDist = join(work, 'electron');
  await mkdir(join(electronDist, 'resources'), { recursive: true });
  await writeFile(join(electronDist, 'electron'), '#!/bin/sh\nexit 0\n');
  await chmod(join(electronDist, 'electron'), 0o755);
  await writeFile(join(electronDist, 'LICENSE'), 'stand-in');
  // The stand-in has no fuse sentinel to flip; everything else is the shipping configuration.
  await writeFile(
    join(work, 'pack.yml'),
    [
      `extends: ${join(root, 'electron-builder.yml')}`,
      `electronDist: ${electronDist}`,
      'electronFuses: null',
      'directories:',
      `  app: ${join(root, 'app')}`,
      `  output: ${join(work, 'out')}`,
      `  buildResources: ${join(root, 'build')}`,
    ].join('\n'),
  );
  await promisify(execFile)(join(root, 'node_modules/.bin/electron-builder'), ['--dir', '--linux', '--config', join(work, 'pack.yml')], { cwd: root });
  resources = join(work, 'out/linux-unpacked/resources');
  files = listPackage(join(resources, 'app.asar'), { isPack: false });
}, 120_000);
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

  it('keeps asar on, npm rebuild off and the fuses set for real builds', async () => {
    const config = await readFile(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^asar: true$/m);
    expect(config).toMatch(/^npmRebuild: false$/m);
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
    ]) {
      expect(config).toContain(fuse);
    }
  });
});

// The user-facing scripts, run as a user would: real processes, real output, real files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import { electronBinary } from '../../scripts/electron-binary.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
let work = '';

async function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(root, script), ...args], { cwd: root, env: { ...process.env, NO_AT_BRIDGE: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'desk-signer-cli-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run preview -- --screenshot', () => {
  it('writes a PNG of the package list, signed in to the sandbox', async () => {
    if (!existsSync(join(root, 'app/dist/renderer/index.html'))) throw new Error('app/dist is not built: run `npm run build` first.');
    const file = join(work, 'list.png');
    const result = await run('scripts/preview.ts', ['--skip-build', '--screenshot', file]);
    expect(result.stderr).not.toMatch(/preview:/);
    expect(result.code).toBe(0);
    const png = PNG.sync.read(await readFile(file));
    expect(png.width).toBeGreaterThanOrEqual(1024);
    expect(png.height).toBeGreaterThanOrEqual(600);
  }, 60_000);

  it('says clearly what is wrong with bad arguments', async () => {
    const unknown = await run('scripts/preview.ts', ['--screenshoot', 'x.png']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^preview: .*--screenshoot.*Usage: npm run preview/m);
    const notPng = await run('scripts/preview.ts', ['--screenshot', 'out.jpg']);
    expect(notPng.code).toBe(2);
    expect(notPng.stderr.trim()).toBe('preview: --screenshot needs a .png file name, got “out.jpg”.');
  });
});

const hasElectron = electronBinary() !== null;
if (hasElectron) console.log('npm start check skipped: an Electron binary is installed here, so npm start would open the app.');

describe('npm start without an Electron binary', () => {
  it.skipIf(hasElectron)('says so in one line and points to npm run preview', async () => {
    const result = await run('scripts/start.ts', []);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Electron.*not installed.*npm run preview/);
  });
});

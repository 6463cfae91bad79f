// `npm run dist:dir`: an unpacked, unsigned Linux app in dist/linux-unpacked, built with electron-builder
// against a stand-in Electron (see stand-in-electron.ts) so it runs without downloading anything.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStandInElectron } from './stand-in-electron.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Packs app/ into `output` with the shipping config, Electron replaced by a stand-in; returns the unpacked folder. */
export async function packDir(output: string): Promise<string> {
  const standIn = await mkdtemp(join(tmpdir(), 'desk-signer-electron-'));
  try {
    await writeStandInElectron(standIn);
    execFileSync(
      join(root, 'node_modules/.bin/electron-builder'),
      [
        '--dir',
        '--linux',
        '--config',
        join(root, 'electron-builder.yml'),
        `-c.electronDist=${standIn}`,
        `-c.directories.output=${output}`,
        '--publish',
        'never',
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
    );
    return join(output, 'linux-unpacked');
  } finally {
    await rm(standIn, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  packDir(join(root, 'dist')).then(
    (dir) => console.log(`Unpacked app: ${dir}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

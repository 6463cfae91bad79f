// A stand-in for Electron's Linux folder, for `npm run dist:dir` and the packaging test where the real
// binary cannot be downloaded: an `electron` that carries the fuse sentinel and a V1 fuse wire laid out
// as @electron/fuses expects, so electron-builder flips real fuses that a test then reads back.
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** @electron/fuses' sentinel: the wire starts right after it. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's shipped defaults for the eight V1 fuses ('1' on, '0' off), in wire order. */
export const DEFAULT_FUSE_WIRE = '10110001';

/** Writes the stand-in folder: `electron` (a shell script whose tail is the fuse wire), `resources/` and `LICENSE`. */
export async function writeStandInElectron(dir: string): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  // The script exits before the comment line; the wire is version 1, its length, then one byte per fuse.
  const wire = Buffer.concat([
    Buffer.from(`#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}`),
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(`${DEFAULT_FUSE_WIRE}\n`),
  ]);
  const binary = join(dir, 'electron');
  await writeFile(binary, wire);
  await chmod(binary, 0o755);
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for the Electron binary: packaging checks only.\n');
  return dir;
}

// The pieces of a save that need no server: the atomic writer, the save-path check and the progress registry.
import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShortBodyError, writeAtomically } from '../../main/downloads/atomic-file.js';
import { DownloadRegistry } from '../../main/downloads/download-registry.js';
import { checkSavePath } from '../../main/downloads/save-path.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-signer-unit-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

const options = (expected: number | null, signal = new AbortController().signal) => ({ signal, expected, onBytes: () => undefined });

describe('writeAtomically', () => {
  it('writes the bytes under the final name only once they are all there', async () => {
    const target = join(dir, 'a.pdf');
    expect(await writeAtomically(Readable.from([Buffer.from('%PDF-'), Buffer.from('1.7')]), target, options(8))).toBe(8);
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7');
    expect(await readdir(dir)).toEqual(['a.pdf']);
  });

  it('removes the temporary file when the body is short, fails or is aborted', async () => {
    const target = join(dir, 'b.pdf');
    await expect(writeAtomically(Readable.from([Buffer.from('half')]), target, options(8))).rejects.toBeInstanceOf(ShortBodyError);
    const broken = new PassThrough();
    const failing = writeAtomically(broken, target, options(null));
    broken.write('some');
    broken.destroy(new Error('connection reset'));
    await expect(failing).rejects.toThrow('connection reset');
    const abort = new AbortController();
    const stalled = new PassThrough();
    const aborted = writeAtomically(stalled, target, options(null, abort.signal));
    stalled.write('some');
    abort.abort();
    await expect(aborted).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('checkSavePath', () => {
  it('accepts a file in an existing folder and refuses relative paths, missing folders and folders', async () => {
    expect(await checkSavePath(join(dir, 'x.pdf'))).toBe(join(dir, 'x.pdf'));
    await expect(checkSavePath('x.pdf')).rejects.toThrow('not a plain absolute path');
    await expect(checkSavePath(join(dir, 'missing', 'x.pdf'))).rejects.toThrow('folder does not exist');
    await mkdir(join(dir, 'sub'));
    await expect(checkSavePath(join(dir, 'sub'))).rejects.toThrow('something other than a file');
  });
});

describe('DownloadRegistry', () => {
  const entry = (id: string) => ({
    downloadId: id,
    state: 'running' as const,
    fileName: 'f.pdf',
    received: 0,
    total: 10,
    version: 1,
    path: '/x',
    abort: new AbortController(),
  });

  it('answers at once without `after`, and wakes a waiter when the save ends', async () => {
    const registry = new DownloadRegistry();
    registry.add(entry('a'));
    expect((await registry.wait('a', undefined))?.version).toBe(1);
    const waiting = registry.wait('a', 1);
    registry.finish('a', 'done');
    expect(await waiting).toMatchObject({ state: 'done', version: 2 });
    registry.finish('a', 'failed');
    expect(registry.get('a')?.state).toBe('done');
  });

  it('times out a long poll with the same version, and passes on progress', async () => {
    const registry = new DownloadRegistry();
    registry.add(entry('b'));
    expect((await registry.wait('b', 1, 20))?.version).toBe(1);
    const waiting = registry.wait('b', 1);
    registry.progress('b', 5);
    expect(await waiting).toMatchObject({ received: 5, version: 2 });
  });
});

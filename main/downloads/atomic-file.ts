// Writes a stream to a file through a temporary name in the same folder, renamed only once every
// byte is on disk: a failed or cancelled download leaves nothing behind, and no half-file ever
// carries the final name.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Thrown when the body ended before Content-Length said it would. */
export class ShortBodyError extends Error {
  constructor(received: number, expected: number) {
    super(`The download ended after ${received} of ${expected} bytes.`);
    this.name = 'ShortBodyError';
  }
}

/** The temporary name a file is written under: hidden, in the same folder, so the rename never crosses disks. */
export function temporaryPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}.${randomBytes(6).toString('hex')}.part`);
}

/** What writeAtomically needs besides the bytes and the path. */
export interface AtomicWriteOptions {
  /** Aborting stops the copy and removes the temporary file. */
  signal: AbortSignal;
  /** Called with the running byte count as chunks are written. */
  onBytes: (received: number) => void;
  /** Content-Length, when known: fewer bytes than this is a failure. */
  expected: number | null;
}

/** Copies `source` into `finalPath` atomically; on any failure the temporary file is removed and the error rethrown. */
export async function writeAtomically(source: Readable, finalPath: string, options: AtomicWriteOptions): Promise<number> {
  const temp = temporaryPathFor(finalPath);
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.length;
      options.onBytes(received);
      done(null, chunk);
    },
  });
  try {
    // 'wx': never reuse or follow anything already at the temporary name.
    await pipeline(source, counter, createWriteStream(temp, { flags: 'wx' }), { signal: options.signal });
    if (options.expected !== null && received < options.expected) throw new ShortBodyError(received, options.expected);
    await rename(temp, finalPath);
    return received;
  } catch (error) {
    source.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

// What each download answered: path, size and SHA-256, read by tests through GET /_sandbox/downloads.
import { createHash } from 'node:crypto';

/** One download the sandbox answered in full (or began to, when a fault cut it). */
export interface DownloadRecord {
  path: string;
  size: number;
  sha256: string;
  contentDisposition: string;
  at: string;
}

/** The downloads answered since the last reset, oldest first. */
export class DownloadLog {
  readonly entries: DownloadRecord[] = [];

  /** Records the bytes a download answered. */
  add(path: string, bytes: Uint8Array, contentDisposition: string): void {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.entries.push({ path, size: bytes.length, sha256, contentDisposition, at: new Date().toISOString() });
    // A long-running demo sandbox keeps the newest few hundred only.
    if (this.entries.length > 500) this.entries.shift();
  }

  /** Forgets every download. */
  clear(): void {
    this.entries.length = 0;
  }
}

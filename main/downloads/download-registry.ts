// The saves in progress and finished, by id, and their waiters: the renderer long-polls a save's
// progress with the version it last saw, so no push channel is needed.
import type { ApiError } from '../../shared/contract.js';
import type { DownloadProgress, DownloadState } from '../../shared/evidence-contract.js';

/** A save as main knows it; the path never leaves main. */
export interface DownloadEntry extends DownloadProgress {
  path: string;
  abort: AbortController;
}

/** How long a progress call waits for a change before answering the same state again. */
export const LONG_POLL_MS = 5_000;
/** Progress counts are passed on at most this often. */
const PROGRESS_EVERY_MS = 100;
/** Finished saves kept, so "Open" still works for recent ones. */
const KEEP = 50;

/** The saves of this run, newest last. */
export class DownloadRegistry {
  private readonly entries = new Map<string, DownloadEntry>();
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly pending = new Set<string>();

  /** Adds a running save. */
  add(entry: DownloadEntry): void {
    this.entries.set(entry.downloadId, entry);
    for (const id of [...this.entries.keys()].slice(0, Math.max(0, this.entries.size - KEEP))) {
      if (this.entries.get(id)?.state !== 'running') this.entries.delete(id);
    }
  }

  /** The save with this id, or undefined. */
  get(id: string): DownloadEntry | undefined {
    return this.entries.get(id);
  }

  /** Records bytes received; waiters hear of it at most every PROGRESS_EVERY_MS. */
  progress(id: string, received: number): void {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== 'running') return;
    entry.received = received;
    if (this.pending.has(id)) return;
    this.pending.add(id);
    setTimeout(() => {
      this.pending.delete(id);
      this.bump(entry);
    }, PROGRESS_EVERY_MS).unref?.();
  }

  /** Ends a save as done, failed or cancelled; only the first ending counts. */
  finish(id: string, state: Exclude<DownloadState, 'running'>, error?: ApiError): void {
    const entry = this.entries.get(id);
    if (!entry || entry.state !== 'running') return;
    entry.state = state;
    if (error) entry.error = error;
    this.bump(entry);
  }

  /** The save's progress, once its version is past `after` or LONG_POLL_MS has passed. */
  async wait(id: string, after: number | undefined, timeoutMs = LONG_POLL_MS): Promise<DownloadEntry | undefined> {
    const entry = this.entries.get(id);
    if (!entry || after === undefined || entry.version > after || entry.state !== 'running') return entry;
    await new Promise<void>((resolve) => {
      const set = this.waiters.get(id) ?? new Set<() => void>();
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      set.add(done);
      this.waiters.set(id, set);
    });
    return this.entries.get(id);
  }

  private bump(entry: DownloadEntry): void {
    entry.version += 1;
    for (const wake of [...(this.waiters.get(entry.downloadId) ?? [])]) wake();
  }
}

/** The part of an entry the renderer may see. */
export function progressOf(entry: DownloadEntry): DownloadProgress {
  const { downloadId, state, fileName, received, total, version, error } = entry;
  return { downloadId, state, fileName, received, total, version, ...(error ? { error } : {}) };
}

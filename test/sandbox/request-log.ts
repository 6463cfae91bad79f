// Every SigningHub request the sandbox received, for tests that check what a client sent.

/** One logged request; `status` is null while in flight and for dropped connections. */
export interface LogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  status: number | null;
  at: string;
}

/** The log keeps the newest entries only, so a long-running sandbox does not grow without bound. */
const MAX_ENTRIES = 5000;

/** An in-memory request log in arrival order. */
export class RequestLog {
  readonly entries: LogEntry[] = [];
  private seq = 0;

  /** Records a request as it arrives and returns the entry to complete later. */
  start(method: string, path: string, query: Record<string, unknown>, headers: LogEntry['headers']): LogEntry {
    const entry: LogEntry = {
      seq: ++this.seq,
      method,
      path,
      query,
      headers,
      body: null,
      status: null,
      at: new Date().toISOString(),
    };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    return entry;
  }

  /** Empties the log and restarts the sequence. */
  clear(): void {
    this.entries.length = 0;
    this.seq = 0;
  }
}

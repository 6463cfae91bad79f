// The local audit record of in-person signing: one JSON line per hand-over that ended, appended and
// fsynced, so a crash loses at most the line being written. It never holds a name, image or code.
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';

/** How a recorded hand-over ended. */
export const AUDIT_OUTCOMES = ['signed', 'declined', 'timed_out'] as const;

/** One line of the audit record: what was signed where, and how it ended; nothing about the signer. */
export const AuditEntry = z
  .object({
    time: z.string(),
    serverUrl: z.string(),
    packageId: z.number(),
    packageName: z.string(),
    documentId: z.number(),
    fieldName: z.string(),
    outcome: z.enum(AUDIT_OUTCOMES),
  })
  .strict();
/** A parsed audit line. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** The audit record's place under the app's data folder. */
export function auditLogPath(userDataDir: string): string {
  return join(userDataDir, 'audit', 'in-person.jsonl');
}

/** Appends entries one at a time and reads them back, skipping a torn line. */
export class AuditLog {
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  /** Appends one entry and waits until it is on disk. */
  append(entry: AuditEntry): Promise<void> {
    // Only the record's own keys are written: an entry with anything more (a name) is refused.
    const run = this.queue.then(() => this.write(`${JSON.stringify(AuditEntry.parse(entry))}\n`));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Every whole entry, oldest first; a line cut short by a crash is left out. */
  async read(): Promise<AuditEntry[]> {
    await this.queue;
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    return text.split('\n').flatMap((line) => {
      if (line.trim() === '') return [];
      try {
        const parsed = AuditEntry.safeParse(JSON.parse(line));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
  }

  private async write(line: string): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const file = await open(this.path, 'a+');
    try {
      // A line torn by a crash has no newline: start on a fresh line so the new entry stays whole.
      const { size } = await file.stat();
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        await file.read(last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      await file.appendFile(prefix + line, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
  }
}

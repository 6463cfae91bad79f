import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** Non-secret preferences kept in the user's data folder. Secrets never go here. */
// Each key falls back on its own, so one damaged value never wipes the others.
export const Settings = z.object({
  serverUrl: z.string().optional().catch(undefined),
  clientId: z.string().optional().catch(undefined),
  /** The last remembered session, so start-up knows which keychain entry to read. */
  lastSession: z.object({ serverUrl: z.string(), email: z.string() }).nullable().optional().catch(undefined),
  /** Sign-dialog details remembered per keychain account (`<origin>|<email>`). */
  signingPreferences: z
    .record(z.string(), z.object({ reason: z.string().max(500), location: z.string().max(500), contact: z.string().max(500) }))
    .optional()
    .catch(undefined),
  /** The folder the last saved file went to; the save dialog starts there. */
  lastSaveFolder: z.string().max(4096).optional().catch(undefined),
});
/** Parsed settings. */
export type Settings = z.infer<typeof Settings>;

/** Reads and writes settings.json; a missing or corrupt file reads as empty, never a crash. */
export class SettingsFile {
  // Updates run one at a time so two changes never race on the temp file.
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly path: string) {}

  /** The saved settings, or `{}`. */
  async read(): Promise<Settings> {
    try {
      const parsed = Settings.safeParse(JSON.parse(await readFile(this.path, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  /** Merges a change (or a change computed from the current settings) into the file, written atomically. */
  update(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<void> {
    const run = this.queue.then(() => this.write(change));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async write(change: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Promise<void> {
    const current = await this.read();
    const next = { ...current, ...(typeof change === 'function' ? change(current) : change) };
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(next, null, 2), { mode: 0o600 });
    await rename(temp, this.path);
  }
}

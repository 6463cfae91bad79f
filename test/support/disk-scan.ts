// Reads a folder's files as they are on disk, to show that no secret was written there.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under `folder` with its bytes, read now, keyed by its path relative to the folder. */
export async function readFolder(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  // A file may vanish between the listing and the read (a temp file renamed into place).
  const contents = new Map<string, Buffer>();
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file).catch(() => null);
      if (bytes !== null) contents.set(relative(folder, file), bytes);
    }),
  );
  return contents;
}

/** "<file> holds <label>" for each file that contains one of the secrets; the secrets themselves are not repeated. */
export function secretsOnDisk(files: ReadonlyMap<string, Buffer>, secrets: Readonly<Record<string, readonly string[]>>): string[] {
  const found: string[] = [];
  for (const [file, bytes] of files) {
    for (const [label, values] of Object.entries(secrets)) {
      if (values.some((value) => value !== '' && bytes.includes(value))) found.push(`${file} holds ${label}`);
    }
  }
  return found;
}

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary, when one was downloaded at install time. Reads electron's path.txt rather
 * than requiring the package, whose index starts a download when the binary is missing.
 */
export function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist');
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const binary = join(dist, relative);
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

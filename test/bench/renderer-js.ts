// The renderer's initial JS, gzipped: the entry script and every chunk it imports statically.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { report } from './stats.js';

const DIST = fileURLToPath(new URL('../../app/dist/renderer', import.meta.url));

/** Measures and prints the gzipped size of the JS the UI loads before first paint, in KB. */
export async function benchRendererJs(): Promise<number> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]+src="\.?\/?([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  if (entries.length === 0) throw new Error('No script found in app/dist/renderer/index.html: run `npm run build` first.');
  const seen = new Set<string>();
  const queue = [...entries];
  let bytes = 0;
  // Follow static imports only: lazy chunks (dynamic import) are not initial JS.
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(DIST, file));
    bytes += gzipSync(code, { level: 9 }).length;
    for (const m of code.toString().matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*${}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      queue.push(join(file, '..', m[1]!));
    }
  }
  const kb = bytes / 1024;
  console.log(`renderer-js: ${seen.size} initial file(s): ${[...seen].join(', ')}`);
  report('renderer-js', Math.round(kb), 'KB');
  return kb;
}

// Builds the app into app/dist: the renderer with Vite, main and preload with esbuild.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}app/dist`;
const started = Date.now();

await rm(out, { recursive: true, force: true });
await vite({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'warning', legalComments: 'none' };
// Main is ESM with every package left external: app/package.json lists exactly what it needs at run time.
await esbuild({ ...common, entryPoints: [`${root}main/index.ts`], outfile: `${out}/main.mjs`, format: 'esm', packages: 'external' });
// A sandboxed preload must be one CommonJS file that requires nothing but electron.
await esbuild({ ...common, entryPoints: [`${root}main/preload.ts`], outfile: `${out}/preload.cjs`, format: 'cjs', external: ['electron'] });

console.log(`built app/dist in ${Date.now() - started} ms`);

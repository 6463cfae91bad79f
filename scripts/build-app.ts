// Builds the app into app/dist: the renderer with Vite, main and preload with esbuild.
import { build as esbuild, type BuildOptions } from 'esbuild';
import { build as vite } from 'vite';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds renderer, main and preload into app/dist; returns the time taken in ms. */
export async function buildApp(): Promise<number> {
  const started = Date.now();
  const out = `${root}app/dist`;
  await rm(out, { recursive: true, force: true });
  await vite({ configFile: `${root}renderer/vite.config.ts`, logLevel: 'warn' });
  const common: BuildOptions = { bundle: true, platform: 'node', target: 'node22', sourcemap: false, logLevel: 'warning', legalComments: 'none' };
  // Main is ESM with every package left external: app/package.json lists exactly what it needs at run time.
  await esbuild({ ...common, entryPoints: [`${root}main/index.ts`], outfile: `${out}/main.mjs`, format: 'esm', packages: 'external' });
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  await esbuild({ ...common, entryPoints: [`${root}main/preload.ts`], outfile: `${out}/preload.cjs`, format: 'cjs', external: ['electron'] });
  return Date.now() - started;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildApp().then(
    (ms) => console.log(`built app/dist in ${ms} ms`),
    (error: unknown) => {
      console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

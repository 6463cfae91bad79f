import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The binding the init script takes for its transport and then removes from the page. */
export const BINDING_NAME = '__deskSignerBridge';

/** The built preload that Electron loads; the shell runs the very same file. */
export const PRELOAD_BUNDLE = fileURLToPath(new URL('../../app/dist/preload.cjs', import.meta.url));
const STAND_IN = fileURLToPath(new URL('./electron-stand-in.ts', import.meta.url));

/**
 * The page's init script: runs the built preload in the top frame, as Electron does, with `require('electron')`
 * answered by the stand-in. The raw binding is deleted first, so the page never holds a generic invoke.
 * `additionalArguments` are Electron's webPreferences.additionalArguments: a hand-over page passes
 * [HAND_OVER_ARGUMENT] (main/window/window-role.ts), so its preload exposes `window.handOver` only.
 */
export async function preloadInitScript(additionalArguments: readonly string[] = []): Promise<string> {
  const [preload, standIn] = await Promise.all([
    readFile(PRELOAD_BUNDLE, 'utf8'),
    build({
      entryPoints: [STAND_IN],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'standIn',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'warning',
    }),
  ]);
  const name = JSON.stringify(BINDING_NAME);
  return `(() => {
    const binding = window[${name}];
    try { delete window[${name}]; } catch {}
    if (typeof binding !== 'function' || window.top !== window) return;
    ${standIn.outputFiles[0]?.text ?? ''}
    const electron = standIn.createElectronStandIn(binding, window);
    const require = (id) => { if (id === 'electron') return electron; throw new Error('Cannot find module ' + id); };
    const module = { exports: {} };
    (function (require, module, exports, process) {
${preload}
    })(require, module, module.exports, standIn.createProcessStandIn(${JSON.stringify(additionalArguments)}));
  })();`;
}

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The binding the init script takes for its transport and then removes from the page. */
export const BINDING_NAME = '__deskSignerBridge';

/** The built preload that Electron loads; the shell runs the very same file. */
export const PRELOAD_BUNDLE = fileURLToPath(new URL('../../app/dist/preload.cjs', import.meta.url));
const STAND_IN = fileURLToPath(new URL('./electron-stand-in.ts', import.meta.url));

/** The binding that tells the host of keyboard and pointer input, for its idle clock. */
export const ACTIVITY_BINDING_NAME = '__deskSignerActivity';

/**
 * The page's init script: runs the built preload in the top frame, as Electron does, with `require('electron')`
 * answered by the stand-in and `process.argv` holding `argv` (Electron's additionalArguments). The raw binding
 * is deleted first, so the page never holds a generic invoke.
 */
export async function preloadInitScript(argv: readonly string[] = []): Promise<string> {
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
    const process = Object.freeze({ argv: Object.freeze(${JSON.stringify(argv)}) });
    (function (require, module, exports, process) {
${preload}
    })(require, module, module.exports, process);
  })();`;
}

/** An init script that reports input (throttled) to the host's idle clock; the page cannot call the binding itself. */
export function activityInitScript(): string {
  const name = JSON.stringify(ACTIVITY_BINDING_NAME);
  return `(() => {
    const report = window[${name}];
    try { delete window[${name}]; } catch {}
    if (typeof report !== 'function' || window.top !== window) return;
    let last = 0;
    const onInput = () => {
      const now = Date.now();
      if (now - last > 250) { last = now; report(); }
    };
    for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart']) window.addEventListener(type, onInput, { capture: true, passive: true });
  })();`;
}

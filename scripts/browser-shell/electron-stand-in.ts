// The page side of the browser shell: the two parts of `electron` a sandboxed preload may use, for the
// real built preload (app/dist/preload.cjs) to run against. Bundled into the page's init script.
import { encodeClone } from './clone-codec.js';

/** The shell's binding: carries one encoded call to main and resolves to its answer. */
export type ShellBinding = (channel: string, encodedInput: string) => Promise<unknown>;

/** `contextBridge` and `ipcRenderer` as the preload sees them, over the shell's binding. */
export function createElectronStandIn(binding: ShellBinding, window: Record<string, unknown>) {
  // Taken now, before any page script could replace them.
  const clone = structuredClone;
  const freeze = Object.freeze;
  const defineProperty = Object.defineProperty;
  return {
    contextBridge: {
      /** Like Electron's: the page gets a frozen copy whose functions call through to the preload's. */
      exposeInMainWorld(key: string, api: Record<string, unknown>): void {
        const copy: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(api))
          copy[name] = typeof value === 'function' ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown)(...args) : value;
        defineProperty(window, key, { value: freeze(copy), enumerable: true });
      },
    },
    ipcRenderer: {
      /** Like Electron's: the input is structured-cloned (a function or symbol rejects), then carried to main. */
      invoke(channel: string, input?: unknown): Promise<unknown> {
        return new Promise((resolve, reject) => {
          try {
            resolve(binding(channel, encodeClone(clone(input))));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    },
  };
}

import { CHANNELS } from '../../main/ipc/contract.js';

/** The binding name the init script consumes and then removes from the page. */
export const BINDING_NAME = '__deskSignerBridge';

/**
 * Builds `window.signer` in the page exactly as the preload does: one frozen, named function per
 * channel. The raw binding is deleted so the page never holds a generic invoke.
 */
export function bridgeInitScript(): string {
  return `(() => {
    const call = window[${JSON.stringify(BINDING_NAME)}];
    try { delete window[${JSON.stringify(BINDING_NAME)}]; } catch {}
    if (typeof call !== 'function' || window.top !== window) return;
    const signer = {};
    for (const channel of ${JSON.stringify(CHANNELS)}) {
      signer[channel] = (input) => call(channel, input);
    }
    Object.defineProperty(window, 'signer', { value: Object.freeze(signer), enumerable: true });
  })();`;
}

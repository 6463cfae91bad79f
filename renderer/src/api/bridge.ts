// The renderer's only way out: the preload installs `window.signer` (the host's window) or `window.handOver`
// (a walk-up signer's window), each typed by the shared contract.
import type { SignerApi } from '../../../shared/contract';
import type { HandOverApi } from '../../../shared/hand-over-contract';

declare global {
  interface Window {
    /** The main-process bridge exposed by the preload; every method resolves to a Result. */
    readonly signer: SignerApi;
    /** The hand-over window's bridge, in place of `signer`: only the calls about its one field. */
    readonly handOver?: HandOverApi;
  }
}

/** Returns the bridge; read at call time so a test shell can install it after this module loads. */
export function signer(): SignerApi {
  return window.signer;
}

/** True in a walk-up signer's window, whose preload installs `window.handOver` instead of `window.signer`. */
export function isHandOverWindow(): boolean {
  return window.handOver !== undefined;
}

/** Returns the hand-over bridge; throws outside a hand-over window, which is a wiring bug. */
export function handOver(): HandOverApi {
  const api = window.handOver;
  if (api === undefined) throw new Error('window.handOver is missing: this is not a hand-over window');
  return api;
}

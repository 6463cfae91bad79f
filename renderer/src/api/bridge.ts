// The renderer's only way out: the preload installs `window.signer`, typed by the shared contract.
import type { SignerApi } from '../../../shared/contract';

declare global {
  interface Window {
    /** The main-process bridge exposed by the preload; every method resolves to a Result. */
    readonly signer: SignerApi;
  }
}

/** Returns the bridge; read at call time so a test shell can install it after this module loads. */
export function signer(): SignerApi {
  return window.signer;
}

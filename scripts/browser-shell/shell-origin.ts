/**
 * The browser shell's stand-in for app://desk-signer: Chromium cannot load a custom scheme without
 * Electron, so the shell serves the same files, with the same CSP, from a reserved https origin.
 */
export const SHELL_ORIGIN = 'https://desk-signer.invalid';

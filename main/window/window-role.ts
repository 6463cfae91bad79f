// Which bridge a window's preload exposes. Main passes the argument (webPreferences.additionalArguments,
// which Electron appends to the renderer's process.argv); the browser shell passes the same one to its
// stand-in `process`. Dependency-free: the preload bundles it.

/** The argument that makes a window a hand-over window: its preload exposes only `window.handOver`. */
export const HAND_OVER_ARGUMENT = '--desk-signer-window=hand-over';

/** True when the preload runs in a hand-over window (its argv carries HAND_OVER_ARGUMENT). */
export function isHandOverWindow(argv: readonly string[] | undefined): boolean {
  return argv?.includes(HAND_OVER_ARGUMENT) ?? false;
}

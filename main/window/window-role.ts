// Which bridge a window's preload exposes. Main passes HAND_OVER_WINDOW_ARG in a hand-over window's
// webPreferences.additionalArguments, which Electron appends to the renderer's process.argv; the browser
// shell gives its stand-in `process` the same argv. The preload bundles this file.
import { HAND_OVER_WINDOW_ARG } from '../../shared/hand-over-contract.js';

/** True when the preload runs in a hand-over window (its argv carries HAND_OVER_WINDOW_ARG). */
export function isHandOverWindow(argv: readonly string[] | undefined): boolean {
  return argv?.includes(HAND_OVER_WINDOW_ARG) ?? false;
}

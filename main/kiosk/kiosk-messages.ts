// What the kiosk says when it refuses a call, and how long a finished hand-over shows its last words.

/** Said to a host call while the screen is locked. */
export const LOCKED_MESSAGE = 'The screen is locked. Unlock it first.';
/** Said to a host call while a walk-up signer has the screen. */
export const HANDING_OVER_MESSAGE = 'In-person signing is in progress. Wait until the screen is handed back.';
/** Said when a second hand-over is started while one runs. */
export const ALREADY_HANDING_OVER = 'In-person signing is already in progress on this computer. Wait until it ends before you start another.';
/** Said to a hand-over window whose hand-over is over. */
export const HAND_OVER_ENDED = 'This in-person signing has ended.';
/** How long a signed or declined hand-over window shows its last words before main closes it. */
export const ENDED_SCREEN_MS = 2_000;

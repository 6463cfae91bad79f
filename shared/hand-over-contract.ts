// The hand-over window's contract: the few calls a walk-up in-person signer's window may make, and the
// kiosk state the host's window watches. Pure, like contract.ts, which imports these types.
import type { PageImage, Result } from './contract.js';

/** Digits in a host PIN: at least 4, at most 8. */
export const HOST_PIN_LENGTH = { min: 4, max: 8 } as const;

/** Seconds the idle warning counts down before the screen is wiped (WCAG 2.2.1 asks for at least 20). */
export const IDLE_WARNING_SECONDS = 30;

/** The idle clock as a window shows it: nothing, or a warning counting down to the wipe. */
export type IdleState = { warning: false } | { warning: true; secondsLeft: number };

/** How the last hand-over ended, for the hand-back screen. */
export type HandOverEnd = 'signed' | 'declined' | 'timed_out' | 'failed';

/** What the host's window shows: its own work, a hand-over in progress, or the host lock. */
export type HostPhase = 'open' | 'handing_over' | 'locked';

/** The kiosk state the host's window watches; `version` grows with every change but the idle countdown's seconds. */
export interface HostState {
  version: number;
  phase: HostPhase;
  /** Why the screen is locked: a hand-over ended, idle in kiosk mode, or the host locked it. */
  lockReason?: HandOverEnd | 'idle' | 'host';
  /** The in-person signer's role (the field's placeholder, e.g. "Customer") of the last hand-over. */
  signerRole?: string;
  /** The hand-over's package and field, so the host's view can come back to them. */
  packageId?: number;
  /** True once the host chose a PIN for this session. */
  hasPin: boolean;
  /** Wrong PINs allowed before only the password unlocks. */
  pinTriesLeft: number;
  idle: IdleState;
}

/** What the walk-up signer's window needs to show the one field: never the host's identity or other documents. */
export interface HandOverInfo {
  version: number;
  packageName: string;
  documentName: string;
  pages: number;
  /** The signer's role: the field's placeholder, or "Signer" when it has none. */
  role: string;
  fieldName: string;
  /** 1-based page of the field; its box is in that page's pixel space, or null when the server sent none. */
  page: number;
  box: { x: number; y: number; width: number; height: number; pageWidth: number; pageHeight: number } | null;
  /** The code the field asks for: none, an SMS code, or an authenticator-app code. */
  code: 'none' | 'sms' | 'totp';
  codeLength: number;
  /** Seconds before a resend is allowed. */
  retryDuration: number;
  /** Where an SMS code goes; the window masks it. */
  mobileNumber: string;
  idle: IdleState;
}

/** Declares one method's types; only the name exists at run time. */
const method = <Input, Output>(): { input: Input; output: Output } => ({}) as { input: Input; output: Output };

/**
 * Every call a hand-over window may make (`window.handOver`). Main answers them only from the live
 * hand-over's own window, and only about its one field.
 */
export const HAND_OVER_CONTRACT = {
  /** The field, document and code facts, plus the idle state; long-polls while `after` equals the version. */
  getHandOver: method<{ after?: number }, HandOverInfo>(),
  getHandOverPage: method<{ page: number; width: number; height: number }, PageImage>(),
  /** Texts the signer's code for this field. Never retried. */
  sendHandOverCode: method<void, null>(),
  /** Signs with the walk-up signer's name and picture; on success main ends the hand-over and closes the window. */
  signHandOver: method<{ name: string; method: 'drawn' | 'typed'; image: string; otp?: string }, null>(),
  /** Ends the hand-over without signing; main closes the window. */
  declineHandOver: method<void, null>(),
  /** "I need more time": restarts the idle clock. */
  stillHere: method<void, null>(),
};

/** Inputs and outputs of every hand-over method. */
export type HandOverContract = typeof HAND_OVER_CONTRACT;
/** A hand-over method name. */
export type HandOverChannel = keyof HandOverContract;
/** Every hand-over channel; main registers these and the hand-over window's preload exposes them. */
export const HAND_OVER_CHANNELS: readonly HandOverChannel[] = Object.freeze(Object.keys(HAND_OVER_CONTRACT) as HandOverChannel[]);

/** `window.handOver`: one function per hand-over channel, each returning a Result. */
export type HandOverApi = {
  [C in HandOverChannel]: HandOverContract[C]['input'] extends void
    ? () => Promise<Result<HandOverContract[C]['output']>>
    : (input: HandOverContract[C]['input']) => Promise<Result<HandOverContract[C]['output']>>;
};

/** The argument main gives a hand-over window's preload (Electron: additionalArguments), so it exposes `window.handOver` only. */
export const HAND_OVER_WINDOW_ARG = '--desk-signer-window=hand-over';

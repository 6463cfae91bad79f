// What to tell the user about a failed call besides the server's own words: a plain headline in their terms and
// one next step. Pure, so unit tests can pin every case; the server's Message is shown beside it, never replaced.
import type { ApiError } from '../../../shared/contract';

/** The one next step a failure offers. */
export type ErrorActionKind = 'retry' | 'sign-in' | 'ask-sender' | 'close';

/** A failure's headline and next step. */
export interface ErrorAdvice {
  /** What went wrong, in the user's terms. */
  headline: string;
  action: ErrorActionKind;
  /** The action's button text: "Try again", "Sign in again" or "Close". */
  label: string;
  /** For "Ask the sender": whom to contact and why, shown as its own sentence. */
  nextStep?: string;
}

/** Where the failure is shown: sign-in has no sender to ask; the login code step is about the code. */
export type ErrorScene = 'app' | 'sign-in' | 'login-code';

/** What the caller knows beyond the error itself. */
export interface AdviceContext {
  /** Repeating the call can do nothing twice (a read, or a refusal that says for sure it was not done). */
  canRetry?: boolean;
  /** The package owner's name, when known. */
  sender?: string;
  scene?: ErrorScene;
}

/** The button texts, from one place so screens and tests agree. */
export const ACTION_LABELS: Record<ErrorActionKind, string> = {
  retry: 'Try again',
  'sign-in': 'Sign in again',
  'ask-sender': 'Close',
  close: 'Close',
};

/** The words that start the "Ask the sender" sentence. */
export const ASK_THE_SENDER = 'Ask the sender';

const advice = (headline: string, action: ErrorActionKind, nextStep?: string): ErrorAdvice =>
  nextStep === undefined ? { headline, action, label: ACTION_LABELS[action] } : { headline, action, label: ACTION_LABELS[action], nextStep };

/** The sentence that says whom to ask, naming the owner when known. */
function askTheSender(sender: string | undefined, why: string): string {
  const who = sender === undefined || sender.trim() === '' ? 'the person who sent you this package' : `${sender.trim()}, who sent you this package,`;
  return `${ASK_THE_SENDER}: ${who} can ${why}`;
}

/** Failures that may pass by themselves: worth a Try again when repeating is safe. */
function passingAdvice(error: Pick<ApiError, 'kind' | 'status'>): string | null {
  if (error.status === 429) return 'SigningHub is busy right now.';
  if (error.kind === 'timeout') return 'SigningHub took too long to answer.';
  if (error.kind === 'network') return 'Desk Signer could not reach SigningHub.';
  if (error.kind === 'invalid_response') return 'SigningHub’s answer could not be read.';
  if (error.kind === 'server' && (error.status === undefined || error.status >= 500)) return 'SigningHub had a problem on its side.';
  return null;
}

/** A refusal on the sign-in screens: about what was typed, so the fix is in the field, not a retry. */
function signInAdvice(error: Pick<ApiError, 'kind' | 'status' | 'code'>, scene: ErrorScene): ErrorAdvice | null {
  if (scene === 'login-code' && (error.kind === 'forbidden' || error.kind === 'invalid_input' || error.kind === 'unauthorized')) {
    return advice('That code was not accepted.', 'close');
  }
  if (scene !== 'sign-in') return null;
  if (error.code === 'invalid_grant' || error.kind === 'invalid_input' || error.kind === 'unauthorized') {
    return advice('The email or password was not accepted.', 'close');
  }
  if (error.kind === 'forbidden') return advice('SigningHub did not let this account sign in.', 'close');
  if (error.kind === 'not_found') return advice('No SigningHub API answered at this server URL.', 'close');
  return null;
}

/** The headline and next step for a failed call. */
export function adviseError(error: Pick<ApiError, 'kind' | 'status' | 'code' | 'sessionEnded'>, context: AdviceContext = {}): ErrorAdvice {
  const scene = context.scene ?? 'app';
  if (error.sessionEnded === true) return advice('Your session has ended.', 'sign-in');
  const typed = signInAdvice(error, scene);
  if (typed !== null) return typed;
  // Refused before anything was sent; trying again changes nothing until the certificate or proxy does.
  if (error.code?.startsWith('certificate_') === true) return advice('The server’s certificate was not accepted.', 'close');
  if (error.code === 'proxy_refused') return advice('The proxy server refused the connection.', 'close');
  if (error.code === 'otp_required') return advice('This needs a one-time code.', 'close');
  if (error.code === 'password_required') return advice('This package needs its password.', 'close');
  if (error.code === 'invalid_credentials') return advice('That password or code was not accepted.', 'close');
  if (error.status !== undefined && error.status >= 300 && error.status < 400) {
    return advice('Something in front of SigningHub sent the request elsewhere.', 'close');
  }
  const passing = passingAdvice(error);
  if (passing !== null) return advice(passing, context.canRetry === true ? 'retry' : 'close');
  const inApp = scene === 'app';
  switch (error.kind) {
    case 'unauthorized':
      return advice('SigningHub did not accept your sign-in for this.', 'close');
    case 'forbidden':
      return inApp
        ? advice('You are not allowed to do this.', 'ask-sender', askTheSender(context.sender, 'give you access or send the package again.'))
        : advice('SigningHub refused this.', 'close');
    case 'not_found':
      return inApp
        ? advice('This is no longer there.', 'ask-sender', askTheSender(context.sender, 'tell you whether the package was recalled, or send it again.'))
        : advice('SigningHub could not find this.', 'close');
    case 'keychain_unavailable':
      return advice('The system keychain could not be used.', 'close');
    default:
      return advice('SigningHub could not accept what was sent.', 'close');
  }
}

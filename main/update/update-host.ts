// The update controller's view of the running app: the kiosk's state and the desk's restart question,
// built from plain functions so only main/index.ts touches Electron.
import type { UpdateHost } from './update-controller.js';

/** What the host needs from the app and Electron. */
export interface UpdateHostParts {
  kioskMode: boolean;
  /** From the kiosk service: the host's screen is locked, and whether a hand-over window is open. */
  installFacts(): { hostLocked: boolean; handOverOpen: boolean };
  idleSeconds(): number;
  /** Shows a question with two buttons; resolves to the index pressed. */
  ask(question: { message: string; detail: string; buttons: string[] }): Promise<number>;
  log(line: string): void;
}

/** The restart question a desk asks once a version has downloaded. */
export function restartQuestion(version: string): { message: string; detail: string; buttons: string[] } {
  return {
    message: `Desk Signer ${version} is ready to install.`,
    detail: 'Restart now to finish updating, or choose Later: the update then installs when you quit.',
    buttons: ['Restart now', 'Later'],
  };
}

/** Builds the UpdateHost from the app's parts. */
export function updateHost(parts: UpdateHostParts): UpdateHost {
  return {
    installState: () => ({ kioskMode: parts.kioskMode, ...parts.installFacts(), idleSeconds: parts.idleSeconds() }),
    offerRestart: async (version) => (await parts.ask(restartQuestion(version))) === 0,
    log: (line) => parts.log(line),
  };
}

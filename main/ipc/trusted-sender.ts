/** The origin the UI is served from, in Electron and in the browser shell alike. */
export const APP_ORIGIN = 'app://desk-signer';

/** What the wrapper knows about who sent a call. */
export interface SenderFacts {
  /** URL of the frame that sent the call. */
  url: string;
  /** True when that frame is the window's top frame. */
  isTopFrame: boolean;
}

/** Accepts calls only from our own origin's top frame (iframes and other origins are dropped). */
export function isTrustedSender(sender: SenderFacts, origin: string = APP_ORIGIN): boolean {
  if (!sender.isTopFrame) return false;
  try {
    const url = new URL(sender.url);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}

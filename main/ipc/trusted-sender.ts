/** The origin the UI is served from in Electron. The browser shell serves it from its own origin and passes that in. */
export const APP_ORIGIN = 'app://desk-signer';

/** What the transport knows about who sent a call. */
export interface SenderFacts {
  /** URL of the frame that sent the call. */
  url: string;
  /** True when that frame has no parent (Electron: `senderFrame.parent === null`). */
  isTopFrame: boolean;
  /** True when the call came from the main window's own web contents, not another window or view. */
  fromMainWindow: boolean;
  /** Set when the call came from a hand-over window: that hand-over's id. Such a sender may call only hand-over channels. */
  handOverId?: string;
}

/** Accepts calls only from the main window's top frame on our own origin (iframes, other windows and origins are dropped). */
export function isTrustedSender(sender: SenderFacts, origin: string = APP_ORIGIN): boolean {
  if (!sender.isTopFrame || !sender.fromMainWindow) return false;
  try {
    const url = new URL(sender.url);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}

/** The parts of an Electron IPC event the sender check reads. */
export interface ElectronSender {
  sender: unknown;
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Sender facts from an Electron IPC event: the frame's URL, whether it has no parent, whether it is the main
 * window's, and the hand-over id main's own registry knows for the sending webContents (never the page's word).
 */
export function electronSenderFacts(
  event: ElectronSender,
  mainContents: unknown,
  handOverIdOf: (contents: unknown) => string | undefined = () => undefined,
): SenderFacts {
  const frame = event.senderFrame;
  const handOverId = handOverIdOf(event.sender);
  return {
    url: frame?.url ?? '',
    isTopFrame: frame !== null && frame.parent === null,
    fromMainWindow: mainContents !== null && event.sender === mainContents,
    ...(handOverId === undefined ? {} : { handOverId }),
  };
}

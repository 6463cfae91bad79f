// What only the desktop host can do: Electron in the shipped app (main/index.ts), the browser shell's
// host in tests. Services take this interface, so everything but those two hosts runs under plain Node.

/** A file type offered in the save dialog. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/** The host's side of hand-over windows: one window, on its own throwaway session, per walk-up signer. */
export interface HandOverWindows {
  /** Opens the hand-over window for `id` on a fresh, non-persistent session (content protection on). */
  open(id: string): Promise<void>;
  /** Destroys that window and clears its session's storage and cache; a no-op for an id not open. */
  close(id: string): Promise<void>;
}

/** The desktop services main's own services may use. */
export interface Desktop {
  handOverWindows: HandOverWindows;
  /** Seconds since the last keyboard, mouse or touch input (Electron: `powerMonitor.getSystemIdleTime()`). */
  idleSeconds(): number;
  /** Asks where to save a file; null when the user cancels. The browser shell answers with a folder the test set. */
  chooseSavePath(suggestedName: string, filters: SaveFilter[]): Promise<string | null>;
  /** Opens a file we wrote in the system's default app (Electron: `shell.openPath`); resolves to an error text, '' on success. */
  openPath(path: string): Promise<string>;
  /** Quits the app for good (kiosk mode lets this through only for the host). */
  quit(): void;
  /** The system's proxy for a URL as a PAC-style answer ("PROXY host:port; DIRECT"); Electron: `session.defaultSession.resolveProxy`. */
  resolveProxy?(url: string): Promise<string>;
}

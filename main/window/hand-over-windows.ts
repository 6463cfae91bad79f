// The hand-over windows main has open, by hand-over id. Electron-free: main/index.ts supplies the
// window factory, so what is opened, protected, looked up and wiped is checked under Node.
import type { HandOverWindows } from '../desktop.js';
import { handOverPartition } from './kiosk-window-options.js';

/** One hand-over window, as the registry uses it. */
export interface HandOverWindow {
  /** Its webContents, as an IPC event names the sender. */
  contents: unknown;
  /** Loads the UI; resolves once it has loaded. */
  load(): Promise<void>;
  /** Closes the window at once (no 'close' event, so its close guard does not apply). */
  destroy(): void;
  /** Wipes its session: storage (cookies, local storage, IndexedDB, caches) and the HTTP cache. */
  clearSession(): Promise<void>;
}

/** What the registry needs from the desktop host. */
export interface HandOverHost {
  /** Creates (but does not load) a hand-over window on the named in-memory partition. */
  createWindow(partition: string): HandOverWindow;
  /** Content protection on the main window: on while any hand-over is on screen. */
  protectMainWindow(on: boolean): void;
  /** A fresh random id (crypto.randomUUID). */
  randomId(): string;
}

/** Opens and closes hand-over windows, and names the hand-over a sender belongs to. */
export class HandOverWindowRegistry implements HandOverWindows {
  private readonly windows = new Map<string, HandOverWindow>();

  constructor(private readonly host: HandOverHost) {}

  /** The hand-over id whose window owns these webContents; undefined for any other sender. */
  idOf(contents: unknown): string | undefined {
    for (const [id, window] of this.windows) if (window.contents === contents) return id;
    return undefined;
  }

  /** Opens the window for `id` on a new partition (an id already open is closed and wiped first). */
  async open(id: string): Promise<void> {
    await this.close(id);
    this.host.protectMainWindow(true);
    const window = this.host.createWindow(handOverPartition(this.host.randomId()));
    // Known before the page loads, so its first call already carries the hand-over id.
    this.windows.set(id, window);
    try {
      await window.load();
    } catch (error) {
      await this.close(id);
      throw error;
    }
  }

  /** Destroys the window for `id` and wipes its session; a no-op for an id not open. */
  async close(id: string): Promise<void> {
    const window = this.windows.get(id);
    if (!window) return;
    this.windows.delete(id);
    window.destroy();
    try {
      await window.clearSession();
    } finally {
      if (this.windows.size === 0) this.host.protectMainWindow(false);
    }
  }

  /** Closes and wipes every hand-over window (the main window went away). */
  async closeAll(): Promise<void> {
    await Promise.all([...this.windows.keys()].map((id) => this.close(id)));
  }
}

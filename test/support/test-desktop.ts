// An in-process desktop for tests that run main without a desktop host: it records the hand-over windows
// main opens and closes, lets a test set the OS idle time and the save path, and counts quits.
import type { Desktop, SaveFilter } from '../../main/desktop.js';

/** A Desktop whose every answer a test sets, and which remembers what main asked of it. */
export class TestDesktop implements Desktop {
  /** Hand-over ids whose window is open now. */
  readonly open = new Set<string>();
  /** Every id main opened, in order. */
  readonly opened: string[] = [];
  /** Every id main closed, in order. */
  readonly closed: string[] = [];
  /** What chooseSavePath answers next (null: the user cancelled). */
  savePath: string | null = null;
  /** The suggested names and filters main asked to save under. */
  readonly saveRequests: { suggestedName: string; filters: SaveFilter[] }[] = [];
  /** The OS idle time, in seconds. */
  idle = 0;
  /** Set to make the next open fail. */
  failOpen = false;
  quits = 0;

  readonly handOverWindows = {
    open: async (id: string): Promise<void> => {
      if (this.failOpen) throw new Error('no window');
      this.open.add(id);
      this.opened.push(id);
    },
    close: async (id: string): Promise<void> => {
      this.open.delete(id);
      this.closed.push(id);
    },
  };

  /** The live hand-over window's id; throws when none is open. */
  get liveId(): string {
    const id = [...this.open].at(-1);
    if (id === undefined) throw new Error('no hand-over window is open');
    return id;
  }

  idleSeconds(): number {
    return this.idle;
  }

  async chooseSavePath(suggestedName: string, filters: SaveFilter[]): Promise<string | null> {
    this.saveRequests.push({ suggestedName, filters });
    return this.savePath;
  }

  async openPath(): Promise<string> {
    return '';
  }

  quit(): void {
    this.quits += 1;
  }
}

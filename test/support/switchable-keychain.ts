// A keychain twin that can go away and come back, as a locked or restarting Secret Service does.
import { MemoryStore } from '../../main/session/memory-store.js';

/** An in-memory keychain whose calls fail while `down` is set, with keytar's error when there is no bus. */
export class SwitchableKeychain extends MemoryStore {
  /** While true, every call fails. */
  down = false;
  /** How many deletes were asked for, failed ones included. */
  deleteCalls = 0;

  /** Reads an entry, or fails while down. */
  override async get(account: string): Promise<string | null> {
    this.failIfDown();
    return super.get(account);
  }

  /** Writes an entry, or fails while down. */
  override async set(account: string, secret: string): Promise<void> {
    this.failIfDown();
    return super.set(account, secret);
  }

  /** Removes an entry, or fails while down. */
  override async delete(account: string): Promise<boolean> {
    this.deleteCalls += 1;
    this.failIfDown();
    return super.delete(account);
  }

  private failIfDown(): void {
    if (this.down) throw new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
  }
}

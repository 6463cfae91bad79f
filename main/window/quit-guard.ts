// Kiosk mode: the window cannot be closed and the app cannot quit until the host quits (quitApp).

/** Decides whether a window close or an app quit goes through. */
export class QuitGuard {
  private hostQuit = false;
  private quitting = false;

  constructor(private readonly kioskMode: boolean) {}

  /** The host quit (Desktop.quit): from now on closing and quitting go through. */
  allowQuit(): void {
    this.hostQuit = true;
  }

  /** For 'before-quit': true when the quit must be prevented; otherwise records that the app is quitting. */
  blocksQuit(): boolean {
    if (this.kioskMode && !this.hostQuit) return true;
    this.quitting = true;
    return false;
  }

  /** For the main window's 'close': blocked in kiosk mode until the host quits. */
  blocksMainClose(): boolean {
    return this.kioskMode && !this.hostQuit;
  }

  /** For a hand-over window's 'close': only main ends a hand-over (it destroys the window), or the app quitting. */
  blocksHandOverClose(): boolean {
    return !this.quitting;
  }
}

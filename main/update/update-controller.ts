// Runs the update rules against electron-updater's autoUpdater: main/index.ts hands it the real one.
import { CHECK_INTERVAL_MS, installAction, nextCheckAt, type InstallState, type UpdateSettings } from './update-decision.js';

/** The part of electron-updater's `autoUpdater` this uses. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  setFeedURL(options: { provider: 'generic'; url: string; channel: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
}

/** What the host tells the controller: the kiosk's state, and the desk's restart question. */
export interface UpdateHost {
  installState(): Omit<InstallState, 'declined'>;
  /** Asks the user; true means restart now. */
  offerRestart(version: string): Promise<boolean>;
  log(line: string): void;
}

/** How often a kiosk with a downloaded update looks again for an idle, locked moment. */
export const KIOSK_RETRY_MS = 60_000;

/** Checks at start and every 4 hours, downloads in the background, and installs by the rules in update-decision. */
export class UpdateController {
  private checkTimer: NodeJS.Timeout | null = null;
  private installTimer: NodeJS.Timeout | null = null;
  private lastCheckAt: number | null = null;
  private declined = new Set<string>();

  constructor(
    private readonly updater: Updater,
    private readonly settings: UpdateSettings,
    private readonly host: UpdateHost,
    private readonly now: () => number = Date.now,
  ) {}

  /** Points the updater at the feed and schedules the first check; does nothing when policy or config turns updates off. */
  start(): void {
    if (nextCheckAt(this.settings, null, this.now()) === null || this.settings.url === null) return;
    this.updater.autoDownload = true;
    // A declined restart still installs when the app quits.
    this.updater.autoInstallOnAppQuit = true;
    this.updater.setFeedURL({ provider: 'generic', url: this.settings.url, channel: this.settings.channel });
    this.updater.on('update-downloaded', (info) => this.downloaded(info.version));
    this.check();
  }

  /** Stops the timers (app quit). */
  stop(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    if (this.installTimer) clearTimeout(this.installTimer);
  }

  private check(): void {
    this.lastCheckAt = this.now();
    this.updater.checkForUpdates().catch((error: unknown) => this.host.log(`update check failed: ${error instanceof Error ? error.message : String(error)}`));
    const next = nextCheckAt(this.settings, this.lastCheckAt, this.now()) ?? this.now() + CHECK_INTERVAL_MS;
    this.checkTimer = setTimeout(() => this.check(), Math.max(0, next - this.now()));
  }

  private downloaded(version: string): void {
    if (this.installTimer) clearTimeout(this.installTimer);
    const action = installAction({ ...this.host.installState(), declined: this.declined.has(version) });
    if (action === 'install-now') {
      this.host.log(`installing update ${version}`);
      this.updater.quitAndInstall(true, true);
    } else if (action === 'offer-restart') {
      void this.host.offerRestart(version).then((restart) => {
        if (restart) this.updater.quitAndInstall(false, true);
        else this.declined.add(version);
      });
    } else if (this.host.installState().kioskMode) {
      this.installTimer = setTimeout(() => this.downloaded(version), KIOSK_RETRY_MS);
    }
  }
}

// When to check for updates and when to install them: pure rules, so they are tested without Electron.
// electron-updater (generic provider) does the fetching, the version comparison and the download.
import { getFileList, parseUpdateInfo } from 'electron-updater/out/providers/Provider.js';

/** Checks run at start and then this often. */
export const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
/** A kiosk installs only after this long without input, and only while the host's screen is locked. */
export const KIOSK_INSTALL_IDLE_SECONDS = 120;

/** Update settings from policy or config (AppConfig.update). */
export interface UpdateSettings {
  enabled: boolean;
  url: string | null;
  channel: string;
}

/** When the next check is due: now at start (never checked), then 4 hours after the last one; null when updates are off. */
export function nextCheckAt(settings: UpdateSettings, lastCheckAt: number | null, now: number): number | null {
  if (!settings.enabled || settings.url === null) return null;
  return lastCheckAt === null ? now : lastCheckAt + CHECK_INTERVAL_MS;
}

/** What the app knows when an update has downloaded. */
export interface InstallState {
  kioskMode: boolean;
  /** Kiosk: the host's screen is locked (no one is mid-task). */
  hostLocked: boolean;
  /** Kiosk: a walk-up signer has the hand-over window. */
  handOverOpen: boolean;
  /** Seconds since the last keyboard, mouse or touch input. */
  idleSeconds: number;
  /** The user already said "Later" to this version. */
  declined: boolean;
}

/** What to do with a downloaded update now. */
export type InstallAction = 'offer-restart' | 'install-now' | 'wait';

/**
 * A desk offers a restart (once per version; otherwise it installs on the next quit). A kiosk never asks:
 * it installs by itself, but only while idle and locked, so no signer loses a session.
 */
export function installAction(state: InstallState): InstallAction {
  if (!state.kioskMode) return state.declined ? 'wait' : 'offer-restart';
  const idle = state.idleSeconds >= KIOSK_INSTALL_IDLE_SECONDS;
  return state.hostLocked && !state.handOverOpen && idle ? 'install-now' : 'wait';
}

/** The feed file electron-updater's generic provider reads: `<channel>.yml`, `-mac`, or `-linux` (plus the arch but x64). */
export function channelFile(channel: string, platform: NodeJS.Platform, arch: string): string {
  if (platform === 'darwin') return `${channel}-mac.yml`;
  if (platform === 'linux') return `${channel}-linux${arch === 'x64' ? '' : `-${arch}`}.yml`;
  return `${channel}.yml`;
}

/** What a feed offers, read as electron-updater reads it. */
export interface FeedOffer {
  version: string;
  releaseDate: string | null;
  /** Installer file names (relative to the feed URL). */
  files: string[];
  /** Percent of installs that get it in a staged rollout; null when everyone does. */
  stagingPercentage: number | null;
}

/** Reads a feed file (latest.yml and the like); throws electron-updater's error when it is malformed. */
export function readFeed(text: string, file: string, feedUrl: string): FeedOffer {
  const url = new URL(file, feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`);
  const info = parseUpdateInfo(text, file, url);
  if (typeof info.version !== 'string') throw new Error(`${url.href} names no version.`);
  const staging = Number.parseInt(String(info.stagingPercentage ?? ''), 10);
  return {
    version: info.version,
    releaseDate: info.releaseDate ?? null,
    files: getFileList(info).map((f) => f.url),
    stagingPercentage: Number.isNaN(staging) ? null : staging,
  };
}

/**
 * Whether this install is inside a staged rollout, by electron-updater's rule: the last four bytes of the
 * install's staging id (a UUID it keeps in the profile), as a fraction, below the percentage.
 */
export function withinRollout(offer: FeedOffer, stagingUserId: string): boolean {
  if (offer.stagingPercentage === null) return true;
  const bytes = Buffer.from(stagingUserId.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) return true;
  return bytes.readUInt32BE(12) / 0xffffffff < offer.stagingPercentage / 100;
}

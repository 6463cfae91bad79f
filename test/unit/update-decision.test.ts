import { readFileSync } from 'node:fs';
import type { AppUpdater } from 'electron-updater';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig, validatePolicy } from '../../main/config/app-config.js';
import { KIOSK_RETRY_MS, UpdateController, type Updater, type UpdateHost } from '../../main/update/update-controller.js';
import { CHECK_INTERVAL_MS, channelFile, installAction, nextCheckAt, readFeed, withinRollout } from '../../main/update/update-decision.js';

const feed = (name: string) => readFileSync(new URL(`../fixtures/updates/${name}`, import.meta.url), 'utf8');
const FEED_URL = 'https://updates.example.org/desk-signer';
const on = { enabled: true, url: FEED_URL, channel: 'latest' };
const settingsFor = (policy: Record<string, unknown>) => resolveConfig(validatePolicy(policy, 'p'), {}, { settingsPath: '/tmp/s.json' }).update;
const desk = { kioskMode: false, hostLocked: false, handOverOpen: false, idleSeconds: 0, declined: false };
const kiosk = { ...desk, kioskMode: true, hostLocked: true, idleSeconds: 600 };

// The controller's type must accept electron-updater's own autoUpdater.
const acceptsAutoUpdater = (u: AppUpdater): Updater => u;

describe('update rules', () => {
  it('checks at start, then every 4 hours, and never when policy turns updates off or no feed is set', () => {
    expect(nextCheckAt(on, null, 1000)).toBe(1000);
    expect(nextCheckAt(on, 1000, 5000)).toBe(1000 + CHECK_INTERVAL_MS);
    expect(CHECK_INTERVAL_MS).toBe(4 * 3600 * 1000);
    expect(nextCheckAt(settingsFor({ updateUrl: FEED_URL, autoUpdate: false }), null, 0)).toBeNull();
    expect(nextCheckAt(settingsFor({}), null, 0)).toBeNull();
    expect(nextCheckAt(settingsFor({ updateUrl: FEED_URL, updateChannel: 'beta' }), null, 0)).toBe(0);
  });

  it('offers a desk a restart once per version, and installs on a kiosk only while idle and locked', () => {
    expect(installAction(desk)).toBe('offer-restart');
    expect(installAction({ ...desk, declined: true })).toBe('wait');
    expect(installAction(kiosk)).toBe('install-now');
    expect(installAction({ ...kiosk, hostLocked: false })).toBe('wait');
    expect(installAction({ ...kiosk, idleSeconds: 30 })).toBe('wait');
    expect(installAction({ ...kiosk, handOverOpen: true })).toBe('wait');
  });

  it('reads recorded feed files as electron-updater does, with the file each platform asks for', () => {
    expect(channelFile('latest', 'win32', 'arm64')).toBe('latest.yml');
    expect(channelFile('latest', 'darwin', 'arm64')).toBe('latest-mac.yml');
    expect(channelFile('beta', 'linux', 'x64')).toBe('beta-linux.yml');
    expect(channelFile('beta', 'linux', 'arm64')).toBe('beta-linux-arm64.yml');
    expect(readFeed(feed('latest.yml'), 'latest.yml', FEED_URL)).toEqual({
      version: '1.2.0',
      releaseDate: '2026-11-02T09:14:07.312Z',
      files: ['Desk-Signer-Setup-1.2.0-x64.exe', 'Desk-Signer-Setup-1.2.0-arm64.exe'],
      stagingPercentage: null,
    });
    expect(readFeed(feed('latest-mac.yml'), 'latest-mac.yml', FEED_URL).files).toHaveLength(2);
    expect(() => readFeed(feed('broken.yml'), 'broken.yml', FEED_URL)).toThrow(/Cannot parse update info from broken\.yml/);
  });

  it('lets a staged rollout reach only its share of installs, by electron-updater’s staging id rule', () => {
    const staged = readFeed(feed('beta-linux.yml'), 'beta-linux.yml', FEED_URL);
    expect(staged).toMatchObject({ version: '1.3.0-beta.2', stagingPercentage: 25 });
    expect(withinRollout(staged, '8f3a2c1e-0000-5000-8000-000000000001')).toBe(true);
    expect(withinRollout(staged, '8f3a2c1e-0000-5000-8000-00007fffffff')).toBe(false);
    expect(withinRollout(readFeed(feed('latest.yml'), 'latest.yml', FEED_URL), '8f3a2c1e-0000-5000-8000-ffffffffffff')).toBe(true);
  });
});

describe('update controller', () => {
  let updater: Updater & { checks: number; installs: [boolean?, boolean?][]; feed: unknown; downloaded?: (info: { version: string }) => void };
  let state = desk;
  let answers: boolean[];
  const host: UpdateHost = { installState: () => state, offerRestart: () => Promise.resolve(answers.shift() ?? false), log: () => undefined };
  beforeEach(() => {
    vi.useFakeTimers();
    answers = [];
    state = desk;
    updater = {
      autoDownload: false,
      autoInstallOnAppQuit: false,
      checks: 0,
      installs: [],
      feed: null,
      setFeedURL(options) {
        this.feed = options;
      },
      checkForUpdates() {
        this.checks++;
        return Promise.resolve(null);
      },
      quitAndInstall(silent, runAfter) {
        this.installs.push([silent, runAfter]);
      },
      on(_event, listener) {
        updater.downloaded = listener;
        return updater;
      },
    };
  });
  afterEach(() => vi.useRealTimers());

  it('does nothing at all when updates are off', () => {
    new UpdateController(updater, { ...on, enabled: false }, host).start();
    expect(updater.feed).toBeNull();
    vi.advanceTimersByTime(2 * CHECK_INTERVAL_MS);
    expect(updater.checks).toBe(0);
  });

  it('uses the generic feed and channel, checks at start and every 4 hours, and asks a desk once per version', async () => {
    const controller = new UpdateController(updater, { ...on, channel: 'beta' }, host, () => Date.now());
    controller.start();
    expect(updater.feed).toEqual({ provider: 'generic', url: FEED_URL, channel: 'beta' });
    expect(updater).toMatchObject({ autoDownload: true, autoInstallOnAppQuit: true, checks: 1 });
    vi.advanceTimersByTime(CHECK_INTERVAL_MS - 1);
    expect(updater.checks).toBe(1);
    vi.advanceTimersByTime(1);
    expect(updater.checks).toBe(2);
    updater.downloaded?.({ version: '1.2.0' });
    await vi.runOnlyPendingTimersAsync();
    expect(updater.installs).toEqual([]);
    answers = [true];
    updater.downloaded?.({ version: '1.2.0' });
    await Promise.resolve();
    expect(updater.installs).toEqual([]);
    updater.downloaded?.({ version: '1.2.1' });
    await Promise.resolve();
    await Promise.resolve();
    expect(updater.installs).toEqual([[false, true]]);
    controller.stop();
  });

  it('has a kiosk wait for an idle, locked moment and then install silently', () => {
    state = { ...kiosk, hostLocked: false };
    new UpdateController(updater, on, host).start();
    updater.downloaded?.({ version: '1.2.0' });
    vi.advanceTimersByTime(KIOSK_RETRY_MS * 3);
    expect(updater.installs).toEqual([]);
    state = kiosk;
    vi.advanceTimersByTime(KIOSK_RETRY_MS);
    expect(updater.installs).toEqual([[true, true]]);
    expect(acceptsAutoUpdater).toBeTypeOf('function');
  });
});

import { describe, expect, it } from 'vitest';
import { machinePolicyPath, readLaunchOptions, type LaunchSources } from '../../main/config/launch-options.js';
import { resolveConfig } from '../../main/config/app-config.js';

const files: Record<string, string> = {
  '/p/good.json': '{"serverUrl":"https://sh.example.org","clientId":"c","clientSecret":"s","kioskMode":true,"idleTimeoutSeconds":30}',
  '/p/bad.json': '{"serverUrl": 5}',
  '/p/junk.json': '{',
  '/p/zone.json': '{"serverTimeZone":"Europe/Berlin"}',
  '/p/bad-zone.json': '{"serverTimeZone":"Mars/Olympus"}',
  '/etc/desk-signer/policy.json': '{"serverUrl":"https://fleet.example.org","clientId":"fleet"}',
};
const base: Omit<LaunchSources, 'argv' | 'env' | 'isPackaged'> = {
  platform: 'linux',
  readFile: (p) => {
    const text = files[p];
    if (text === undefined) throw new Error('ENOENT');
    return text;
  },
  exists: (p) => p in files,
};
const facts = { settingsPath: '/tmp/settings.json' };
const read = (argv: string[], env: Record<string, string>, isPackaged: boolean, platform: NodeJS.Platform = 'linux') =>
  readLaunchOptions({ ...base, argv, env, isPackaged, platform });

describe('launch options and config', () => {
  it('locks what the policy sets and only prefills dev defaults', () => {
    const { policy, defaults } = read(['--policy=/p/good.json'], { DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9' }, false);
    expect(resolveConfig(policy, defaults, facts)).toMatchObject({
      serverUrl: 'https://sh.example.org',
      serverUrlLocked: true,
      clientLocked: true,
      kioskMode: true,
      kioskRememberHost: false,
      idleTimeoutSeconds: 30,
    });
    const dev = read([], { DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9', DESK_SIGNER_CLIENT_ID: 'desk-signer' }, false);
    expect(resolveConfig(dev.policy, dev.defaults, facts)).toMatchObject({
      serverUrl: 'http://127.0.0.1:9',
      clientId: 'desk-signer',
      serverUrlLocked: false,
      clientLocked: false,
    });
  });

  it('turns kiosk mode on by policy, or by --kiosk in a dev build only, and drops the old kiosk key', () => {
    const dev = read(['--kiosk'], {}, false);
    expect(resolveConfig(dev.policy, dev.defaults, facts)).toMatchObject({ kioskMode: true, idleTimeoutSeconds: 90 });
    const packaged = read(['--kiosk'], {}, true);
    expect(resolveConfig(packaged.policy, packaged.defaults, facts).kioskMode).toBe(false);
    files['/p/old-kiosk.json'] = '{"kiosk":true}';
    expect(() => read(['--policy=/p/old-kiosk.json'], {}, false)).toThrow(/invalid/);
    files['/p/short-idle.json'] = '{"idleTimeoutSeconds":5}';
    expect(() => read(['--policy=/p/short-idle.json'], {}, false)).toThrow(/invalid at “idleTimeoutSeconds”/);
  });

  it('reads a packaged app’s policy only from the machine-wide file, never from arguments or environment', () => {
    const packaged = read(['--policy=/p/good.json'], { DESK_SIGNER_POLICY: '/p/good.json', DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9' }, true);
    expect(resolveConfig(packaged.policy, packaged.defaults, facts)).toMatchObject({
      serverUrl: 'https://fleet.example.org',
      clientId: 'fleet',
      serverUrlLocked: true,
    });
    const unmanaged = read([], {}, true, 'darwin');
    expect(resolveConfig(unmanaged.policy, unmanaged.defaults, facts)).toMatchObject({ serverUrl: 'https://api.signinghub.com', serverUrlLocked: false });
  });

  it('reads zone-less server times in UTC unless the policy names a valid IANA zone', () => {
    const none = read([], {}, false);
    expect(resolveConfig(none.policy, none.defaults, facts).serverTimeZone).toBe('UTC');
    const zoned = read(['--policy=/p/zone.json'], {}, false);
    expect(resolveConfig(zoned.policy, zoned.defaults, facts).serverTimeZone).toBe('Europe/Berlin');
    expect(() => read(['--policy=/p/bad-zone.json'], {}, false)).toThrow(/invalid at “serverTimeZone”: must be an IANA time zone name/);
  });

  it('knows where each OS keeps the machine policy', () => {
    expect(machinePolicyPath('win32', { ProgramData: 'D:\\PD' })).toBe('D:\\PD\\Desk Signer\\policy.json');
    expect(machinePolicyPath('darwin', {})).toBe('/Library/Application Support/Desk Signer/policy.json');
    expect(machinePolicyPath('linux', {})).toBe('/etc/desk-signer/policy.json');
  });

  it('explains a bad policy clearly', () => {
    const fails = (argv: string[]) => () => read(argv, {}, false);
    expect(fails(['--policy=/p/missing.json'])).toThrow('Policy file /p/missing.json cannot be read.');
    expect(fails(['--policy=/p/junk.json'])).toThrow('Policy /p/junk.json is not valid JSON.');
    expect(fails(['--policy=/p/bad.json'])).toThrow(/invalid at “serverUrl”/);
  });
});

import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../main/config/launch-options.js';
import { resolveConfig, validatePolicy } from '../../main/config/app-config.js';
import { recordedMachine } from '../support/recorded-machine.js';

const files: Record<string, string> = {
  '/p/good.json': '{"serverUrl":"https://sh.example.org","clientId":"c","clientSecret":"s","kioskMode":true,"idleTimeoutSeconds":30}',
  '/p/bad.json': '{"serverUrl": 5}',
  '/p/junk.json': '{',
  '/p/zone.json': '{"serverTimeZone":"Europe/Berlin"}',
  '/p/bad-zone.json': '{"serverTimeZone":"Mars/Olympus"}',
  '/etc/desk-signer/policy.json': '{"serverUrl":"https://fleet.example.org","clientId":"fleet"}',
};
const facts = { settingsPath: '/tmp/settings.json' };
const read = (argv: string[], env: Record<string, string>, isPackaged: boolean, platform: NodeJS.Platform = 'linux') => {
  const recorded = Object.fromEntries(Object.entries(files).map(([path, text]) => [path, { text }]));
  return readLaunchOptions({ argv, env, isPackaged, platform, machine: recordedMachine({ files: recorded }) });
};

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

  it('explains a bad policy clearly', () => {
    const fails = (argv: string[]) => () => read(argv, {}, false);
    expect(fails(['--policy=/p/missing.json'])).toThrow('Policy file /p/missing.json cannot be read.');
    expect(fails(['--policy=/p/junk.json'])).toThrow('Policy /p/junk.json is not valid JSON.');
    expect(fails(['--policy=/p/bad.json'])).toThrow(/invalid at “serverUrl”/);
  });
});

describe('fleet policy keys', () => {
  const config = (policy: Record<string, unknown>, defaults: Record<string, unknown> = {}) =>
    resolveConfig(validatePolicy(policy, 'test'), validatePolicy(defaults, 'defaults'), facts);

  it('locks the server whenever the policy sets one, unless lockServerUrl is false', () => {
    expect(config({ serverUrl: 'https://a.example.org' })).toMatchObject({ serverUrl: 'https://a.example.org', serverUrlLocked: true });
    expect(config({ serverUrl: 'https://a.example.org', lockServerUrl: false })).toMatchObject({ serverUrlLocked: false });
    expect(config({ lockServerUrl: true })).toMatchObject({ serverUrl: 'https://api.signinghub.com', serverUrlLocked: true });
  });

  it('turns updates on only with a feed, lets policy turn them off, and takes the channel', () => {
    expect(config({}).update).toEqual({ enabled: false, url: null, channel: 'latest' });
    expect(config({ updateUrl: 'https://updates.example.org/desk-signer' }).update).toEqual({
      enabled: true,
      url: 'https://updates.example.org/desk-signer',
      channel: 'latest',
    });
    expect(config({ updateUrl: 'https://u.example.org', autoUpdate: false }, { autoUpdate: true }).update.enabled).toBe(false);
    expect(config({ updateChannel: 'beta' }, { updateUrl: 'https://u.example.org' }).update).toMatchObject({ enabled: true, channel: 'beta' });
  });

  it('takes proxy and extra CA file from policy over defaults, and lists the keys the policy sets', () => {
    const both = config({ proxy: 'http://proxy.example.org:3128', extraCaFile: '/etc/ssl/corp.pem' }, { proxy: 'http://other:1' });
    expect(both).toMatchObject({ proxy: 'http://proxy.example.org:3128', extraCaFile: '/etc/ssl/corp.pem' });
    expect(both.policyKeys).toEqual(['proxy', 'extraCaFile']);
    expect(config({ extraCaFile: 'C:\\corp\\ca.pem' }).extraCaFile).toBe('C:\\corp\\ca.pem');
  });

  it('refuses bad values with the key named', () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ lockServerUrl: 'yes' }, /“lockServerUrl”/],
      [{ autoUpdate: 1 }, /“autoUpdate”/],
      [{ updateUrl: 'http://u.example.org' }, /“updateUrl”: must be an https:\/\/ URL/],
      [{ updateUrl: 'not a url' }, /“updateUrl”/],
      [{ updateChannel: 'Beta Channel' }, /“updateChannel”: must be a channel name/],
      [{ proxy: 'socks5://p:1080' }, /“proxy”: must be an http/],
      [{ extraCaFile: 'corp.pem' }, /“extraCaFile”: must be an absolute path/],
      [{ proxyUrl: 'http://p:1' }, /invalid at “\(root\)”/],
    ];
    for (const [policy, message] of bad) expect(() => validatePolicy(policy, 'p')).toThrow(message);
  });
});

import { describe, expect, it } from 'vitest';
import { readLaunchOptions } from '../../main/config/launch-options.js';
import { resolveConfig } from '../../main/config/app-config.js';

const files: Record<string, string> = {
  '/p/good.json': '{"serverUrl":"https://sh.example.org","clientId":"c","clientSecret":"s","kiosk":true}',
  '/p/bad.json': '{"serverUrl": 5}',
  '/p/junk.json': '{',
};
const readFile = (p: string) => {
  const text = files[p];
  if (text === undefined) throw new Error('ENOENT');
  return text;
};
const facts = { keychainService: 'Desk Signer Dev', settingsPath: '/tmp/settings.json' };

describe('launch options and config', () => {
  it('locks what the policy sets and only prefills dev defaults', () => {
    const { policy, defaults } = readLaunchOptions({ argv: ['--policy=/p/good.json'], env: { DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9' }, isPackaged: false, readFile });
    const config = resolveConfig(policy, defaults, facts);
    expect(config).toMatchObject({ serverUrl: 'https://sh.example.org', serverUrlLocked: true, clientLocked: true, kiosk: true });
    const dev = readLaunchOptions({ argv: [], env: { DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9', DESK_SIGNER_CLIENT_ID: 'desk-signer' }, isPackaged: false, readFile });
    expect(resolveConfig(dev.policy, dev.defaults, facts)).toMatchObject({ serverUrl: 'http://127.0.0.1:9', clientId: 'desk-signer', serverUrlLocked: false, clientLocked: false });
  });

  it('ignores dev defaults in a packaged app', () => {
    const { defaults } = readLaunchOptions({ argv: [], env: { DESK_SIGNER_SERVER_URL: 'http://127.0.0.1:9' }, isPackaged: true, readFile });
    expect(resolveConfig({}, defaults, facts).serverUrl).toBe('https://api.signinghub.com');
  });

  it('explains a bad policy clearly', () => {
    const read = (argv: string[]) => () => readLaunchOptions({ argv, env: {}, isPackaged: true, readFile });
    expect(read(['--policy=/p/missing.json'])).toThrow('Policy file /p/missing.json cannot be read.');
    expect(read(['--policy=/p/junk.json'])).toThrow('Policy /p/junk.json is not valid JSON.');
    expect(read(['--policy=/p/bad.json'])).toThrow(/invalid at “serverUrl”/);
  });
});

import { describe, expect, it } from 'vitest';
import { resolveConfig, validatePolicy } from '../../main/config/app-config.js';
import { settingsRows } from '../../main/config/settings-view.js';

const rows = (policy: Record<string, unknown>, saved: Record<string, string> = {}) =>
  Object.fromEntries(
    settingsRows(resolveConfig(validatePolicy(policy, 'p'), { serverUrl: 'https://default.example.org' }, { settingsPath: '/tmp/s.json' }), saved).map((r) => [
      r.key,
      { value: r.value, locked: r.locked },
    ]),
  );

describe('settings screen rows', () => {
  it('shows the user’s saved choices where the policy sets nothing', () => {
    const shown = rows({}, { serverUrl: 'https://mine.example.org', clientId: 'my-client' });
    expect(shown.serverUrl).toEqual({ value: 'https://mine.example.org', locked: false });
    expect(shown.clientId).toEqual({ value: 'my-client', locked: false });
    expect(shown.autoUpdate).toEqual({ value: 'Off', locked: false });
    expect(shown.proxy).toEqual({ value: 'System settings', locked: false });
  });

  it('puts policy over the user’s saved settings and marks those rows locked', () => {
    const shown = rows(
      { serverUrl: 'https://policy.example.org', clientId: 'fleet', clientSecret: 's3cret', proxy: 'http://proxy.example.org:3128', autoUpdate: false },
      { serverUrl: 'https://mine.example.org', clientId: 'my-client' },
    );
    expect(shown.serverUrl).toEqual({ value: 'https://policy.example.org', locked: true });
    expect(shown.clientId).toEqual({ value: 'fleet', locked: true });
    expect(shown.clientSecret).toEqual({ value: 'Set', locked: true });
    expect(shown.proxy).toEqual({ value: 'http://proxy.example.org:3128', locked: true });
    expect(shown.autoUpdate).toEqual({ value: 'Off', locked: true });
    expect(JSON.stringify(shown)).not.toContain('s3cret');
  });

  it('lets the user keep their own server when the policy only suggests one', () => {
    const shown = rows({ serverUrl: 'https://policy.example.org', lockServerUrl: false }, { serverUrl: 'https://mine.example.org' });
    expect(shown.serverUrl).toEqual({ value: 'https://mine.example.org', locked: false });
  });
});

import { domainToUnicode } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkServerUrl, decodePunycodeLabel, SERVER_URL_MAX_LENGTH } from '../../shared/server-url-check.js';
import { mixedScripts } from '../../shared/host-scripts.js';

function problem(input: string): string {
  const result = checkServerUrl(input);
  if (result.ok) throw new Error(`${input.slice(0, 80)} was accepted`);
  return result.message;
}

/** Inline messages are short, plain sentences: no field path, no schema wording. */
function expectPlain(message: string): void {
  expect(message.length).toBeLessThanOrEqual(200);
  expect(message).not.toMatch(/serverUrl|Too big|expected|Invalid URL|TypeError/);
}

describe('checkServerUrl', () => {
  it('accepts https anywhere and http on this computer, without a trailing slash', () => {
    expect(checkServerUrl('https://api.signinghub.com/')).toMatchObject({ ok: true, url: 'https://api.signinghub.com', host: 'api.signinghub.com' });
    expect(checkServerUrl(' https://sh.example.org:8443/base/ ')).toMatchObject({ ok: true, url: 'https://sh.example.org:8443/base' });
    expect(checkServerUrl('http://127.0.0.1:4010')).toMatchObject({ ok: true, url: 'http://127.0.0.1:4010' });
    expect(checkServerUrl('http://[::1]:4010')).toMatchObject({ ok: true, url: 'http://[::1]:4010' });
  });

  it('refuses a 10 KB URL with a plain message', () => {
    const message = problem(`https://api.signinghub.com/${'a'.repeat(10_000)}`);
    expect(message).toContain(SERVER_URL_MAX_LENGTH.toLocaleString('en-US'));
    expectPlain(message);
  });

  it('refuses a space or an invisible character in the host', () => {
    expectPlain(problem('https://api signinghub.com'));
    expect(problem('https://api signinghub.com')).toMatch(/space/i);
    expect(problem('https://api\u200b.signinghub.com')).toMatch(/invisible/i);
    expect(problem('https://api.signinghub.com\u202e')).toMatch(/invisible/i);
  });

  it('refuses a malformed xn-- host', () => {
    for (const host of ['xn--a', 'xn--', 'xn--zz-', 'xn--ab--c']) {
      const message = problem(`https://${host}.example.com`);
      expect(message).toMatch(/xn--/);
      expectPlain(message);
    }
  });

  it('refuses port 0 and empty or over-long host labels', () => {
    expect(problem('https://api.signinghub.com:0')).toMatch(/port/i);
    expect(problem('https://a..example.com')).toMatch(/server name/i);
    expect(problem(`https://${'a'.repeat(64)}.example.com`)).toMatch(/server name/i);
    expect(problem('https://-api.example.com')).toMatch(/server name/i);
    expect(problem('https://a%20b.example.com')).toMatch(/server name can hold only/i);
    expect(problem('https://api.signinghub.com./')).toMatch(/dot at the end/i);
  });

  it('refuses a host that mixes scripts within one label, naming them', () => {
    const message = problem('https://аpi.signinghub.com');
    expect(message).toMatch(/Latin/);
    expect(message).toMatch(/Cyrillic/);
    expectPlain(message);
    // Typed as Punycode, it is the same look-alike.
    expect(problem('https://xn--pi-6kc.signinghub.com')).toMatch(/Cyrillic/);
  });

  it('accepts an internationalised host in one script and gives its Punycode form', () => {
    expect(checkServerUrl('https://пример.рф')).toMatchObject({ ok: true, host: 'xn--e1afmkfd.xn--p1ai', unicodeHost: 'пример.рф', international: true });
    expect(checkServerUrl('https://bücher.example')).toMatchObject({ ok: true, host: 'xn--bcher-kva.example', international: true });
    expect(checkServerUrl('https://api.signinghub.com')).toMatchObject({ ok: true, international: false });
    // Japanese mixes Han, Hiragana, Katakana and Latin by design (ICU's highly restrictive level allows it).
    expect(checkServerUrl('https://例えテストabc.jp')).toMatchObject({ ok: true, international: true });
  });
});

describe('decodePunycodeLabel', () => {
  it('decodes as the platform does and refuses what is not Punycode', () => {
    for (const label of ['bcher-kva', 'e1afmkfd', 'p1ai', 'pi-6kc', 'r8jz45g', '80ak6aa92e', 'mgbh0fb', 'ls8h']) {
      expect(decodePunycodeLabel(label)).toBe(domainToUnicode(`xn--${label}`));
    }
    // A number cut short, a stray delimiter, a digit out of range, an overflow.
    expect(decodePunycodeLabel('b')).toBeNull();
    expect(decodePunycodeLabel('-')).toBeNull();
    expect(decodePunycodeLabel('')).toBe('');
    expect(decodePunycodeLabel('99999999999')).toBeNull();
    expect(decodePunycodeLabel('ab!c')).toBeNull();
  });
});

describe('mixedScripts', () => {
  it('finds the scripts of a label that mixes them, ignoring digits and hyphens', () => {
    expect(mixedScripts('аpi')).toEqual(['Cyrillic', 'Latin']);
    expect(mixedScripts('paypal-1')).toBeNull();
    expect(mixedScripts('пример')).toBeNull();
    expect(mixedScripts('αβγabc')).toEqual(['Greek', 'Latin']);
    expect(mixedScripts('한국abc漢字')).toBeNull();
    expect(mixedScripts('한국ひらがな')).toEqual(['Hangul', 'Hiragana']);
  });
});

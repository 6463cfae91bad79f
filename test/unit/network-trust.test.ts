import { describe, expect, it } from 'vitest';
import { proxyChooser, proxyFromPacAnswer } from '../../main/network/proxy-agents.js';
import { trustedCertificates } from '../../main/network/trusted-certificates.js';
import { createPrivateCa } from '../sandbox/tls.js';

const ca = createPrivateCa('Unit Test CA').certPem;
const files: Record<string, string> = { '/ca.pem': `# corp\n${ca}\n${ca}` };
const read = (path: string) => {
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT');
  return text;
};

describe('trusted certificates', () => {
  const electronNode = {
    rootCertificates: ['bundled'],
    getCACertificates: (type: string) => (type === 'system' ? ['os-1', 'shared'] : ['bundled', 'shared']),
  };
  const oldNode = { rootCertificates: ['bundled'] };

  it('uses the OS store plus Node’s defaults where Node can read the OS store, and appends extraCaFile', () => {
    expect(trustedCertificates(null, read, electronNode)).toEqual(['bundled', 'shared', 'os-1']);
    expect(trustedCertificates('/ca.pem', read, electronNode)).toEqual(['bundled', 'shared', 'os-1', ca.trim(), ca.trim()]);
  });

  it('keeps Node’s default on an older Node, and appends extraCaFile to tls.rootCertificates', () => {
    expect(trustedCertificates(null, read, oldNode)).toBeUndefined();
    expect(trustedCertificates('/ca.pem', read, oldNode)).toEqual(['bundled', ca.trim(), ca.trim()]);
  });

  it('names the file when it is missing, empty of certificates, or damaged', () => {
    files['/empty.pem'] = 'hello';
    files['/damaged.pem'] = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----';
    expect(() => trustedCertificates('/missing.pem', read, oldNode)).toThrow('The extraCaFile /missing.pem cannot be read.');
    expect(() => trustedCertificates('/empty.pem', read, oldNode)).toThrow('The extraCaFile /empty.pem holds no PEM certificate');
    expect(() => trustedCertificates('/damaged.pem', read, oldNode)).toThrow('The extraCaFile /damaged.pem holds a certificate that cannot be read.');
  });
});

describe('proxy choice', () => {
  it('reads the first usable proxy from a PAC-style answer', () => {
    expect(proxyFromPacAnswer('DIRECT')).toBeNull();
    expect(proxyFromPacAnswer('PROXY proxy.example.org:8080; DIRECT')).toBe('http://proxy.example.org:8080');
    expect(proxyFromPacAnswer('HTTPS secure.example.org:443')).toBe('https://secure.example.org:443');
    expect(proxyFromPacAnswer('SOCKS5 socks.example.org:1080; PROXY p.example.org:3128')).toBe('http://p.example.org:3128');
    expect(proxyFromPacAnswer('SOCKS5 socks.example.org:1080')).toBeNull();
  });

  it('prefers the policy’s proxy, else asks the system per URL, else connects directly', async () => {
    const asked: string[] = [];
    const system = (url: string) => (asked.push(url), Promise.resolve('PROXY sys.example.org:3128'));
    await expect(proxyChooser('http://policy.example.org:8080', system)?.('https://sh.example.org/v3/about')).resolves.toBe('http://policy.example.org:8080');
    expect(asked).toEqual([]);
    await expect(proxyChooser(null, system)?.('https://sh.example.org/v3/about')).resolves.toBe('http://sys.example.org:3128');
    expect(asked).toEqual(['https://sh.example.org/v3/about']);
    expect(proxyChooser(null)).toBeNull();
  });
});

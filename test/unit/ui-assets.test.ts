import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUiAsset } from '../../main/security/ui-assets.js';
import { CONTENT_SECURITY_POLICY } from '../../main/security/content-security-policy.js';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ui-assets-'));
  await mkdir(join(root, 'ui', 'assets'), { recursive: true });
  await writeFile(join(root, 'ui', 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'ui', 'assets', 'app.js'), 'void 0');
  await writeFile(join(root, 'secret.txt'), 'nope');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('loadUiAsset', () => {
  it('serves UI files with the CSP and a content type', async () => {
    const page = await loadUiAsset(join(root, 'ui'), 'app://desk-signer/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await loadUiAsset(join(root, 'ui'), 'app://desk-signer/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves a file outside the UI folder', async () => {
    for (const url of ['app://desk-signer/../secret.txt', 'app://desk-signer/%2e%2e/secret.txt', 'app://desk-signer/assets/..%2f..%2fsecret.txt']) {
      const asset = await loadUiAsset(join(root, 'ui'), url);
      expect(asset.status === 403 || asset.status === 404).toBe(true);
      expect(asset.body.toString()).not.toBe('nope');
    }
  });

  it('keeps the renderer off the network and off inline code', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

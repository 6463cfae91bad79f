import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadUiAsset } from '../../main/security/ui-assets.js';
import { CONTENT_SECURITY_POLICY } from '../../main/security/content-security-policy.js';

let root = '';
let ui = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ui-assets-'));
  ui = join(root, 'ui');
  await mkdir(join(ui, 'assets'), { recursive: true });
  await writeFile(join(ui, 'index.html'), '<!doctype html>');
  await writeFile(join(ui, 'assets', 'app.js'), 'void 0');
  await writeFile(join(root, 'secret.txt'), 'nope');
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'other.js'), 'nope');
  // Links out of the UI folder, to a file and to a folder, and one that stays inside it.
  await symlink(join(root, 'secret.txt'), join(ui, 'leak.txt'));
  await symlink(join(root, 'outside'), join(ui, 'linked'));
  await symlink(join(ui, 'assets', 'app.js'), join(ui, 'alias.js'));
  // The UI folder itself reached through a link, as an install under a linked path would be.
  await symlink(ui, join(root, 'ui-link'));
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('loadUiAsset', () => {
  it('serves UI files with the CSP and a content type', async () => {
    const page = await loadUiAsset(ui, 'app://desk-signer/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await loadUiAsset(ui, 'app://desk-signer/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('never serves a file outside the UI folder', async () => {
    for (const url of ['app://desk-signer/../secret.txt', 'app://desk-signer/%2e%2e/secret.txt', 'app://desk-signer/assets/..%2f..%2fsecret.txt']) {
      const asset = await loadUiAsset(ui, url);
      expect(asset.status === 403 || asset.status === 404).toBe(true);
      expect(asset.body.toString()).not.toBe('nope');
    }
  });

  it('refuses a symlink that resolves outside the UI folder', async () => {
    for (const url of ['app://desk-signer/leak.txt', 'app://desk-signer/linked/other.js']) {
      const asset = await loadUiAsset(ui, url);
      expect(asset.status).toBe(403);
      expect(asset.body.toString()).not.toBe('nope');
      expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('follows links that stay inside the UI folder, including a linked UI folder', async () => {
    expect((await loadUiAsset(ui, 'app://desk-signer/alias.js')).body.toString()).toBe('void 0');
    const viaLink = await loadUiAsset(join(root, 'ui-link'), 'app://desk-signer/assets/app.js');
    expect({ status: viaLink.status, body: viaLink.body.toString() }).toEqual({ status: 200, body: 'void 0' });
  });

  it('answers a malformed % escape with a 400', async () => {
    for (const url of ['app://desk-signer/%E0%A4%A', 'app://desk-signer/assets/%zz.js', 'app://desk-signer/%']) {
      const asset = await loadUiAsset(ui, url);
      expect(asset.status).toBe(400);
      expect(asset.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves only the app origin: another host, scheme or port is refused', async () => {
    for (const url of [
      'app://elsewhere/index.html',
      'app://desk-signer.example/index.html',
      'app://desk-signer:8080/index.html',
      'file://desk-signer/index.html',
    ]) {
      const asset = await loadUiAsset(ui, url);
      expect(asset.status).toBe(403);
      expect(asset.body.toString()).not.toContain('doctype');
    }
  });

  it('serves another origin only when the caller names it', async () => {
    const origin = 'https://desk-signer.invalid';
    expect((await loadUiAsset(ui, `${origin}/index.html`, origin)).status).toBe(200);
    expect((await loadUiAsset(ui, 'app://desk-signer/index.html', origin)).status).toBe(403);
  });

  it('keeps the renderer off the network and off inline code', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

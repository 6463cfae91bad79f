import { expect, test } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp } from './launch-app.js';
import { DEMO_CLIENT, signIn } from './helpers.js';
import { CHANNELS } from '../../main/ipc/contract.js';
import { requestLog } from '../support/sandbox-control.js';

const RENDERER_DIR = fileURLToPath(new URL('../../app/dist/renderer', import.meta.url));

async function rendererBundle(): Promise<string> {
  const files = await readdir(RENDERER_DIR, { recursive: true });
  const texts = await Promise.all(files.filter((f) => /\.(js|html|css)$/.test(f)).map((f) => readFile(join(RENDERER_DIR, f), 'utf8')));
  return texts.join('\n');
}

test('window.signer is one frozen function per contract method, with no generic invoke and no Node', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const surface = await app.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      const signer = w.signer as Record<string, unknown>;
      return {
        keys: Object.keys(signer).sort(),
        allFunctions: Object.values(signer).every((v) => typeof v === 'function'),
        frozen: Object.isFrozen(signer),
        globals: ['require', 'process', 'ipcRenderer', 'electron', 'Buffer', '__deskSignerBridge'].filter((k) => k in w),
      };
    });
    expect(surface).toEqual({ keys: [...CHANNELS].sort(), allFunctions: true, frozen: true, globals: [] });
    expect(surface.keys).not.toContain('invoke');
  } finally {
    await app.close();
  }
});

test('the page cannot reach the network: CSP blocks fetch to the server', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const outcome = await app.page.evaluate(async (url) => {
      try {
        await fetch(`${url}/v3/about`);
        return 'fetched';
      } catch {
        return 'blocked';
      }
    }, app.serverUrl);
    expect(outcome).toBe('blocked');
    expect((await requestLog(app.serverUrl)).filter((e) => e.path === '/v3/about')).toHaveLength(0);
  } finally {
    await app.close();
  }
});

test('no token, secret or Node import reaches the renderer, its bundle or the main log', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    await signIn(app.page);
    const log = await requestLog(app.serverUrl);
    const tokens = log.map((e) => e.headers.authorization).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^Bearer /, ''));
    expect(tokens.length).toBeGreaterThan(0);
    const pageState = await app.page.evaluate(() => document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie);
    const bundle = await rendererBundle();
    for (const secret of [...new Set(tokens), DEMO_CLIENT.clientSecret]) {
      expect(pageState).not.toContain(secret);
      expect(bundle).not.toContain(secret);
      for (const line of app.logs) expect(line).not.toContain(secret);
    }
    expect(app.logs.length).toBeGreaterThan(0);
    expect(bundle).not.toMatch(/\bkeytar\b/);
    expect(bundle).not.toMatch(/from\s*["']got["']|require\(["']got["']\)/);
    expect(bundle).not.toMatch(/["']node:[a-z_]+["']/);
  } finally {
    await app.close();
  }
});

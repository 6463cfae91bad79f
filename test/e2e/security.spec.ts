import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchApp, type LaunchedApp } from './launch-app.js';
import { PNG } from 'pngjs';
import { DEMO_CLIENT } from './helpers.js';
import { CHANNELS, type Channel, type Result } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS, type HandOverChannel } from '../../shared/hand-over-contract.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { expireTokens, outbox, requestLog } from '../support/sandbox-control.js';

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

test('the page cannot reach the network: the CSP, not CORS, blocks a fetch to the server', async () => {
  const app = await launchApp(DEMO_CLIENT);
  try {
    const seen = await app.page.evaluate(async (url) => {
      // The CSP reports what it blocks; CORS, or a private-network check, would block without this event.
      const violation = new Promise<{ directive: string; blocked: string } | null>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve({ directive: e.effectiveDirective, blocked: e.blockedURI }), { once: true });
        setTimeout(() => resolve(null), 5_000);
      });
      let outcome = 'fetched';
      try {
        await fetch(`${url}/v3/about`);
      } catch {
        outcome = 'blocked';
      }
      return { outcome, violation: await violation };
    }, app.serverUrl);
    expect(seen).toEqual({ outcome: 'blocked', violation: { directive: 'connect-src', blocked: `${app.serverUrl}/v3/about` } });
    // Blocked before it left the page: CORS would have let this simple GET reach the server.
    expect((await requestLog(app.serverUrl)).filter((e) => e.path === '/v3/about')).toHaveLength(0);
  } finally {
    await app.close();
  }
});

/** A tiny real PNG, as the sign and initials dialogs send it. */
function pngBase64(): string {
  const png = new PNG({ width: 4, height: 2 });
  png.data.fill(0);
  return PNG.sync.write(png).toString('base64');
}

/** One call through window.signer (or a hand-over window's window.handOver), made in the page as the renderer makes it, and what came back. */
interface BridgeAnswer {
  channel: Channel | HandOverChannel;
  result: Result<unknown>;
}

test('no token, refresh token, client secret or code reaches any bridge answer, the page, its bundle or the main log', async () => {
  const app = await launchApp(DEMO_CLIENT);
  const { page, serverUrl } = app;
  const answers: BridgeAnswer[] = [];
  const answer = async (channel: Channel | HandOverChannel, input?: unknown, from: Page = page): Promise<Result<unknown>> => {
    const result = await from.evaluate(
      ([c, i]) => {
        const bridges = window as unknown as Record<'signer' | 'handOver', Record<string, (input?: unknown) => Promise<Result<unknown>>> | undefined>;
        return (bridges.signer ?? bridges.handOver)![c]!(i);
      },
      [channel, input] as const,
    );
    answers.push({ channel, result });
    return result;
  };
  const ok = async (channel: Channel | HandOverChannel, input?: unknown, from: Page = page): Promise<unknown> => {
    const result = await answer(channel, input, from);
    expect(result, channel).toMatchObject({ ok: true });
    return result.ok ? result.value : undefined;
  };
  const codeFor = async (match: (entry: { package_id: number | null; field_name: string | null }) => boolean): Promise<string> => {
    const entry = (await outbox(serverUrl)).filter(match).at(-1);
    expect(entry).toBeDefined();
    return entry!.code;
  };
  try {
    const { users } = DEMO;
    const welcome = FIXTURES.welcomePack;
    const form = FIXTURES.accountApplication;
    const guarded = FIXTURES.otpProtected;
    await ok('getAppInfo');
    await ok('checkServer', { serverUrl });
    await ok('restoreSession');
    // Bob's sign-in needs a login code: the restricted token and the code stay in main.
    expect(await ok('signIn', { serverUrl, email: users.bob.email, password: users.bob.password, remember: true })).toMatchObject({ status: 'otp_required' });
    await ok('sendLoginOtp', {});
    await ok('verifyLoginOtp', { otp: await codeFor((e) => e.package_id === null && e.field_name === null) });
    await ok('signOut');

    await ok('signIn', { serverUrl, email: users.alice.email, password: users.alice.password, remember: true });
    // A refresh: the sign-in's refresh token is redeemed for a new one.
    await expireTokens(serverUrl);
    await ok('listPackages', { status: 'ALL', page: 1, pageSize: 5 });
    await ok('getPackage', { packageId: welcome.packageId });
    await ok('getDocumentFields', { packageId: welcome.packageId, documentId: welcome.documentId });
    await ok('getPageImage', { packageId: welcome.packageId, documentId: welcome.documentId, page: 1, width: 200, height: 283 });
    await ok('getSigningPreferences');
    await ok('getSettings');
    const field = { packageId: welcome.packageId, documentId: welcome.documentId, fieldName: welcome.fieldName };
    await ok('requestOtp', field);
    await ok('signField', {
      ...field,
      otp: await codeFor((e) => e.package_id === welcome.packageId && e.field_name === welcome.fieldName),
      method: 'drawn',
      image: pngBase64(),
      reason: 'I agree',
    });
    await ok('getFieldStatus', field);
    await ok('finishPackage', { packageId: welcome.packageId });

    expect(await answer('getPackage', { packageId: guarded.packageId })).toMatchObject({ ok: false, error: { code: 'otp_required' } });
    await ok('requestPackageOtp', { packageId: guarded.packageId });
    await ok('getPackage', { packageId: guarded.packageId, otp: await codeFor((e) => e.package_id === guarded.packageId && e.field_name === null) });

    await ok('getPackage', { packageId: form.packageId });
    await ok('saveFormFields', {
      packageId: form.packageId,
      documentId: form.documentId,
      values: [{ fieldName: form.text.required, kind: 'text', value: 'Alice Example' }],
    });
    await ok('fillInitials', { packageId: form.packageId, documentId: form.documentId, fieldName: form.initials[0], image: pngBase64(), applyToAll: false });
    await ok('getPackage', { packageId: FIXTURES.reviewer.packageId });
    await ok('approvePackage', { packageId: FIXTURES.reviewer.packageId });
    await ok('getPackage', { packageId: FIXTURES.editor.packageId });
    await ok('submitPackage', { packageId: FIXTURES.editor.packageId });
    await ok('getPackage', { packageId: FIXTURES.noOtp.packageId });
    await ok('declinePackage', { packageId: FIXTURES.noOtp.packageId, reason: 'Wrong supplier' });
    await savingCalls(ok);
    await inPersonCalls(app, ok, codeFor);
    // Sign-out revokes the newest refresh token, so the log names every one the app held.
    await ok('signOut');
    // quitApp ends the app, so test/e2e/kiosk.spec.ts calls it instead.
    expect(new Set(answers.map((a) => a.channel))).toEqual(new Set([...CHANNELS.filter((c) => c !== 'quitApp'), ...HAND_OVER_CHANNELS]));

    const log = await requestLog(serverUrl);
    const bearerTokens = log
      .map((e) => e.headers.authorization)
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.replace(/^Bearer /, ''));
    const refreshTokens = log.map((e) => (e.body as { refresh_token?: unknown } | null)?.refresh_token).filter((t): t is string => typeof t === 'string');
    const codes = (await outbox(serverUrl)).map((e) => e.code);
    // Bob's restricted login token and both users' access tokens; Alice's two and Bob's one refresh tokens; three codes.
    expect(new Set(bearerTokens).size).toBeGreaterThanOrEqual(3);
    expect(new Set(refreshTokens).size).toBeGreaterThanOrEqual(3);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    const secrets = [...new Set([...bearerTokens, ...refreshTokens]), DEMO_CLIENT.clientSecret, users.alice.password, users.bob.password];
    // Codes are short digit strings, so they count only as whole numbers, not inside longer ones.
    const holdsCode = (text: string) => codes.some((code) => new RegExp(`(?<!\\d)${code}(?!\\d)`).test(text));

    const pageState = await page.evaluate(
      () => document.documentElement.outerHTML + JSON.stringify(localStorage) + JSON.stringify(sessionStorage) + document.cookie,
    );
    const bundle = await rendererBundle();
    expect(app.logs.length).toBeGreaterThan(0);
    for (const { channel, result } of answers) {
      const text = JSON.stringify(result);
      for (const secret of secrets) expect(text.includes(secret), `${channel} answer holds a secret`).toBe(false);
      expect(holdsCode(text), `${channel} answer holds a code`).toBe(false);
    }
    for (const [where, text] of [['the page', pageState], ...app.logs.map((line) => ['a main log line', line])] as const) {
      for (const secret of secrets) expect(text.includes(secret), `${where} holds a secret`).toBe(false);
      expect(holdsCode(text), `${where} holds a code`).toBe(false);
    }
    // Built before any code was sent, so only a baked-in secret could be there.
    expect(bundle.includes(DEMO_CLIENT.clientSecret)).toBe(false);
    expect(bundle).not.toMatch(/\bkeytar\b/);
    expect(bundle).not.toMatch(/from\s*["']got["']|require\(["']got["']\)/);
    expect(bundle).not.toMatch(/["']node:[a-z_]+["']/);
  } finally {
    await app.close();
  }
});

/** Every kiosk and hand-over call: a signed and a declined hand-over, unlocking by PIN and password, the idle calls and the export. */
async function inPersonCalls(
  app: LaunchedApp,
  ok: (channel: Channel | HandOverChannel, input?: unknown, from?: Page) => Promise<unknown>,
  codeFor: (match: (entry: { package_id: number | null; field_name: string | null }) => boolean) => Promise<string>,
): Promise<void> {
  const kiosk = FIXTURES.kiosk;
  const pin = '2468';
  await ok('getPackage', { packageId: kiosk.packageId });
  await ok('getHostState', {});
  await ok('setHostPin', { pin });
  await ok('stillHereHost');
  await ok('startHandOver', { packageId: kiosk.packageId, documentId: kiosk.noOtpDocumentId, fieldName: kiosk.inPersonFieldName });
  const declining = await app.handOver();
  await ok('getHandOver', {}, declining);
  await ok('stillHere', undefined, declining);
  await ok('declineHandOver', undefined, declining);
  await ok('unlockHost', { password: DEMO.users.alice.password });
  await ok('startHandOver', { packageId: kiosk.packageId, documentId: kiosk.documentId, fieldName: kiosk.inPersonFieldName });
  const signing = await app.handOver();
  await ok('getHandOverPage', { page: 1, width: 200, height: 283 }, signing);
  await ok('sendHandOverCode', undefined, signing);
  const otp = await codeFor((e) => e.package_id === kiosk.packageId && e.field_name === kiosk.inPersonFieldName);
  await ok('signHandOver', { name: 'Walk-up Customer', method: 'drawn', image: pngBase64(), otp }, signing);
  await ok('unlockHost', { pin });
  await ok('lockHost');
  await ok('unlockHost', { pin });
  await ok('exportAuditRecord');
}

/** Saving a file, following it, cancelling and opening it, and the verification and history reads. */
async function savingCalls(ok: (channel: Channel, input?: unknown) => Promise<unknown>): Promise<void> {
  const lease = FIXTURES.signedLease;
  await ok('getVerification', { packageId: lease.packageId, documentId: lease.documentId });
  await ok('getPackageHistory', { packageId: lease.packageId, page: 1, pageSize: 20 });
  const { downloadId } = (await ok('startDownload', { kind: 'document', packageId: lease.packageId, documentId: lease.documentId })) as { downloadId: string };
  let progress = (await ok('getDownload', { downloadId })) as { state: string; version: number };
  while (progress.state === 'running') progress = (await ok('getDownload', { downloadId, after: progress.version })) as typeof progress;
  // Cancelling a finished save leaves it as it is.
  await ok('cancelDownload', { downloadId });
  await ok('openDownload', { downloadId });
}

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { SESSION_EXPIRED_MESSAGE } from '../../main/session/token-keeper.js';
import { createHttpClient, OFF_SERVER_MESSAGE } from '../../main/signinghub/http-client.js';
import { SigningHubApi } from '../../main/signinghub/api-client.js';
import { keychainAccount } from '../../main/session/credential-store.js';
import { CHANGE_PASSWORD_MESSAGE } from '../../main/signinghub/auth-client.js';
import { composeApp } from '../../main/compose.js';
import { resolveConfig } from '../../main/config/app-config.js';
import { MemoryStore } from '../../main/session/memory-store.js';
import { join } from 'node:path';
import { createMainHarness, failureOf, type MainHarness } from '../support/main-harness.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { addFault, clearFaults, clearLog, expireTokens, latestCode, requestLog, resetSandbox } from '../support/sandbox-control.js';

let sandbox: Sandbox;
let harness: MainHarness;
let table: HandlerTable;
let logLines: string[];
const alice = DEMO.users.alice;
const signIn = (user?: { email: string; password: string }) => harness.signIn(user);

/** Changes the sandbox's run-time settings. */
async function sandboxSettings(base: string, patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${base}/_sandbox/settings`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(patch) });
  if (!response.ok) throw new Error(`sandbox settings answered ${response.status}`);
}

const SSO_MESSAGE = 'The server answered 302 and sent Desk Signer to login.example.com. A proxy or sign-on page may be in front of SigningHub.';
const GATEWAY_PAGE = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>h1 { color: red }</style></head>
<body><h1>Bad Gateway</h1><p>The upstream server sent an invalid response &amp; the proxy gave up.</p>
<script>document.location = "https://login.example.com"</script><hr><address>nginx</address></body></html>`;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  harness = await createMainHarness(sandbox.url);
  ({ table, logLines } = harness);
});
afterEach(() => harness.dispose());

describe('API client against the sandbox over HTTP', () => {
  it('signs in, lists packages with the total from x-total-records, and searches with base64 headers', async () => {
    await signIn();
    const page = await table.listPackages({ status: 'PENDING', page: 1, pageSize: 3 });
    expect(page.items.map((p) => p.name)).toEqual(FIXTURES.alicePendingOrder.slice(0, 3));
    expect(page.total).toBeGreaterThan(3);
    await clearLog(sandbox.url);
    const found = await table.listPackages({ status: 'ALL', page: 1, pageSize: 10, search: 'Error lab' });
    expect(found.items.map((p) => p.name)).toEqual(['Error lab']);
    expect(found.total).toBe(1);
    const [entry] = await requestLog(sandbox.url);
    expect(entry?.headers['x-search-text']).toBe(Buffer.from('Error lab').toString('base64'));
    expect(entry?.headers.authorization).toMatch(/^Bearer /);
  });

  it('opens a package and reads its fields', async () => {
    await signIn();
    const detail = await table.getPackage({ packageId: FIXTURES.welcomePack.packageId });
    expect(detail.documents[0]).toMatchObject({ id: FIXTURES.welcomePack.documentId, name: FIXTURES.welcomePack.documentName });
    const { fields } = await table.getDocumentFields({ packageId: FIXTURES.welcomePack.packageId, documentId: FIXTURES.welcomePack.documentId });
    const signature = fields.find((f) => f.name === FIXTURES.welcomePack.fieldName);
    expect(signature).toMatchObject({ kind: 'digital_signature', processed: false, otp: { enabled: true } });
  });

  it('requests a field OTP that arrives in the outbox', async () => {
    await signIn();
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    await table.requestOtp({ packageId, documentId, fieldName });
    const sms = await latestCode(sandbox.url, fieldName);
    expect(sms).toMatchObject({ package_id: packageId, document_id: documentId, to: alice.mobile });
    expect(sms?.code).toMatch(/^\d{6}$/);
  });

  it('keeps every documented OTP error Message verbatim with its status', async () => {
    await signIn();
    for (const doc of FIXTURES.errorLab.documents) {
      const error = await failureOf(
        table.requestOtp({ packageId: FIXTURES.errorLab.packageId, documentId: doc.documentId, fieldName: FIXTURES.errorLab.fieldName }),
      );
      expect(error).toMatchObject({ status: doc.status, message: doc.message });
      expect(error.sessionEnded).toBeUndefined();
    }
  });

  it('refreshes an expired token once for all calls in flight, then replays', async () => {
    await signIn();
    await expireTokens(sandbox.url);
    await clearLog(sandbox.url);
    const pages = await Promise.all([1, 2, 3].map((page) => table.listPackages({ status: 'ALL', page, pageSize: 5 })));
    expect(pages.every((p) => p.items.length === 5)).toBe(true);
    const log = await requestLog(sandbox.url);
    const refreshes = log.filter((e) => e.path === '/authenticate');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.body).toMatchObject({ grant_type: 'refresh_token', client_id: DEMO.clientId });
    expect(log.filter((e) => e.status === 401)).toHaveLength(3);
  });

  it('ends the session with a clear message when the refresh is refused', async () => {
    await signIn();
    await expireTokens(sandbox.url);
    await addFault(sandbox.url, {
      method: 'POST',
      path: '^/authenticate$',
      status: 400,
      body: '{"error":"invalid_grant","error_description":"Invalid or expired refresh token"}',
    });
    const error = await failureOf(table.listPackages({ status: 'ALL', page: 1, pageSize: 5 }));
    expect(error).toEqual({ kind: 'unauthorized', status: 401, message: SESSION_EXPIRED_MESSAGE, sessionEnded: true });
    await clearFaults(sandbox.url);
    expect(await table.restoreSession(undefined)).toBeNull();
  });

  it('retries a GET on 5xx but never the OTP POST', async () => {
    await signIn();
    await addFault(sandbox.url, { method: 'GET', path: '/packages/PENDING/', status: 503, message: 'busy', times: 1 });
    await clearLog(sandbox.url);
    await table.listPackages({ status: 'PENDING', page: 1, pageSize: 5 });
    expect((await requestLog(sandbox.url)).filter((e) => e.path.includes('/packages/PENDING/')).map((e) => e.status)).toEqual([503, 200]);

    await addFault(sandbox.url, { method: 'POST', path: '/otp$', status: 500, message: 'An internal server error occurred while processing the request' });
    await clearLog(sandbox.url);
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    const error = await failureOf(table.requestOtp({ packageId, documentId, fieldName }));
    expect(error).toEqual({ kind: 'server', status: 500, message: 'An internal server error occurred while processing the request' });
    expect((await requestLog(sandbox.url)).filter((e) => e.path.endsWith('/otp'))).toHaveLength(1);
  });

  it('turns malformed JSON, dropped connections and slow answers into envelope errors', async () => {
    await signIn();
    await addFault(sandbox.url, { method: 'GET', path: '/workflow$', malformedJson: true });
    expect((await failureOf(table.getPackage({ packageId: FIXTURES.welcomePack.packageId }))).kind).toBe('invalid_response');
    await clearFaults(sandbox.url);
    await addFault(sandbox.url, { method: 'POST', path: '/otp$', drop: true });
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    expect((await failureOf(table.requestOtp({ packageId, documentId, fieldName }))).kind).toBe('network');
    await clearFaults(sandbox.url);
    await addFault(sandbox.url, { path: '/about$', latencyMs: 1500 });
    const slow = new SigningHubApi(createHttpClient({ baseUrl: sandbox.url, requestTimeoutMs: 300, retryLimit: 0 }), 'v3', null);
    expect((await failureOf(slow.about())).kind).toBe('timeout');
  });

  it('cannot be steered off the server by an absolute URL', async () => {
    const http = createHttpClient({ baseUrl: `${sandbox.url}/v3`, retryLimit: 0 });
    for (const url of ['https://example.invalid/v3/about', `${sandbox.url}/authenticate`]) {
      await expect(http.get(url)).rejects.toThrow(OFF_SERVER_MESSAGE);
    }
    expect((await http.get('about')).statusCode).toBe(200);
  });

  it('handles the login second factor and wrong codes', async () => {
    const bob = DEMO.users.bob;
    const first = await table.signIn({ serverUrl: sandbox.url, email: bob.email, password: bob.password, remember: false });
    expect(first).toEqual({ status: 'otp_required', mobileNumber: bob.mobile });
    await table.sendLoginOtp({});
    const sms = await latestCode(sandbox.url, null);
    expect(sms?.to).toBe(bob.mobile);
    expect(await failureOf(table.verifyLoginOtp({ otp: '000000' === sms?.code ? '111111' : '000000' }))).toMatchObject({
      status: 403,
      message: 'You have entered incorrect authentication credentials - try again',
    });
    const done = await table.verifyLoginOtp({ otp: sms!.code });
    expect(done).toMatchObject({ status: 'signed_in', session: { email: bob.email, persisted: false } });
  });

  it('logs request lines without tokens, secrets or codes', async () => {
    await signIn();
    await table.listPackages({ status: 'PENDING', page: 1, pageSize: 5 });
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    await table.requestOtp({ packageId, documentId, fieldName });
    const code = (await latestCode(sandbox.url, fieldName))!.code;
    const secrets = (await requestLog(sandbox.url))
      .flatMap((e) => [e.headers.authorization?.slice(7), JSON.stringify(e.body)])
      .filter((s): s is string => Boolean(s && s.length > 8));
    const tokens = secrets.flatMap((s) => s.match(/[A-Za-z0-9_-]{16,}/g) ?? []);
    expect(logLines).toHaveLength(3);
    for (const line of logLines) {
      for (const t of [...tokens, DEMO.clientSecret, alice.password, code]) expect(line).not.toContain(t);
    }
  });

  it('restores once for calls at the same time, and keeps the saved session through a bad answer', async () => {
    await signIn();
    const restarted = await createMainHarness(sandbox.url, harness);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', malformedJson: true, times: 1 });
    expect((await failureOf(restarted.table.restoreSession(undefined))).kind).toBe('invalid_response');
    await clearLog(sandbox.url);
    const [a, b] = await Promise.all([restarted.table.restoreSession(undefined), restarted.table.restoreSession(undefined)]);
    expect(a).toMatchObject({ email: alice.email, persisted: true });
    expect(b).toEqual(a);
    expect((await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate')).toHaveLength(1);
    expect((await restarted.table.listPackages({ status: 'PENDING', page: 1, pageSize: 1 })).items).toHaveLength(1);
  });

  it('persists nothing after sign-out, even from a refresh that was in flight', async () => {
    await signIn();
    await expireTokens(sandbox.url);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', latencyMs: 400, times: 1 });
    // Logout and revocation fail fast, so sign-out finishes first and the late refresh still gets a new token.
    for (const [method, path] of [
      ['DELETE', '^/tokens$'],
      ['POST', '/logout$'],
    ] as const) {
      await addFault(sandbox.url, { method, path, status: 500, message: 'An internal server error occurred while processing the request' });
    }
    const listing = table.listPackages({ status: 'PENDING', page: 1, pageSize: 1 });
    await new Promise((r) => setTimeout(r, 100));
    await table.signOut(undefined);
    await listing.catch(() => undefined);
    expect(await harness.keychain.get(keychainAccount(sandbox.url, alice.email))).toBeNull();
    const restarted = await createMainHarness(sandbox.url, harness);
    expect(await restarted.table.restoreSession(undefined)).toBeNull();
  });

  it('logs requests that got no answer, and keeps paging when the total header is missing', async () => {
    await signIn();
    await addFault(sandbox.url, { method: 'POST', path: '/otp$', drop: true, times: 1 });
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    await failureOf(table.requestOtp({ packageId, documentId, fieldName }));
    expect(logLines.at(-1)).toMatch(new RegExp(`^POST /v3/packages/${packageId}/documents/${documentId}/otp -> error in \\d+ ms$`));

    // A proxy that strips x-total-records: the body alone must not end the list after one page.
    await addFault(sandbox.url, {
      method: 'GET',
      path: '/packages/ALL/1/5$',
      status: 200,
      body: JSON.stringify(Array.from({ length: 5 }, (_, i) => ({ package_id: i + 1, package_name: `P${i}` }))),
      times: 1,
    });
    const page = await table.listPackages({ status: 'ALL', page: 1, pageSize: 5 });
    expect(page.total).toBe(6);
  });

  it('reads fields page by page where the all-pages form answers 404, and remembers that for the server', async () => {
    await signIn();
    const { packageId, documentId, pages } = FIXTURES.welcomePack;
    await table.getPackage({ packageId });
    const allAtOnce = await table.getDocumentFields({ packageId, documentId });
    await sandboxSettings(sandbox.url, { fieldsAllPages: false });
    const fresh = await createMainHarness(sandbox.url);
    await fresh.signIn();
    await fresh.table.getPackage({ packageId });
    await clearLog(sandbox.url);
    expect(await fresh.table.getDocumentFields({ packageId, documentId })).toEqual(allAtOnce);
    const base = `/v3/packages/${packageId}/documents/${documentId}/fields`;
    expect((await requestLog(sandbox.url)).map((e) => [e.path, e.status])).toEqual([
      [base, 404],
      ...Array.from({ length: pages }, (_, i) => [`${base}/${i + 1}`, 200]),
    ]);
    // The next document goes straight to the per-page form; its page count comes from its workflow.
    const other = FIXTURES.accountApplication;
    await clearLog(sandbox.url);
    const { fields } = await fresh.table.getDocumentFields({ packageId: other.packageId, documentId: other.documentId });
    expect(fields.find((f) => f.name === other.radio)?.options).toEqual(other.radioOptions);
    const paths = (await requestLog(sandbox.url)).map((e) => e.path);
    expect(paths[0]).toBe(`/v3/packages/${other.packageId}/workflow`);
    expect(paths.slice(1).every((p) => p.startsWith(`/v3/packages/${other.packageId}/documents/${other.documentId}/fields/`))).toBe(true);
    await fresh.dispose();
  });

  it('reports a 302 from a resource call or from /authenticate as an error naming the Location host, and follows nothing', async () => {
    await signIn();
    await addFault(sandbox.url, {
      method: 'GET',
      path: '/packages/PENDING/',
      status: 302,
      headers: { location: 'https://login.example.com/sso?return=%2Fv3' },
    });
    await clearLog(sandbox.url);
    expect(await failureOf(table.listPackages({ status: 'PENDING', page: 1, pageSize: 5 }))).toEqual({ kind: 'server', status: 302, message: SSO_MESSAGE });
    expect(await requestLog(sandbox.url)).toHaveLength(1);
    await clearFaults(sandbox.url);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', status: 302, headers: { location: 'https://login.example.com/sso' } });
    const error = await failureOf(table.signIn({ serverUrl: sandbox.url, email: alice.email, password: alice.password, remember: false }));
    expect(error).toEqual({ kind: 'server', status: 302, message: SSO_MESSAGE });
  });

  it('shows the status and a short plain-text excerpt of an HTML error page, never its markup', async () => {
    await signIn();
    // On a POST, which is never retried, so the test does not wait out the GET retries.
    await addFault(sandbox.url, { method: 'POST', path: '/finish$', status: 502, contentType: 'text/html', body: GATEWAY_PAGE });
    const error = await failureOf(table.finishPackage({ packageId: FIXTURES.noOtp.packageId }));
    expect(error).toEqual({
      kind: 'server',
      status: 502,
      message: 'The server answered 502 Bad Gateway: Bad Gateway The upstream server sent an invalid response & the proxy gave up. nginx',
    });
  });

  it('keeps the session and the remembered sign-in when the token refresh is answered 429, retrying once after Retry-After', async () => {
    await signIn();
    const account = keychainAccount(sandbox.url, alice.email);
    await expireTokens(sandbox.url);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', status: 429, headers: { 'retry-after': '1' }, times: 1 });
    await clearLog(sandbox.url);
    const started = Date.now();
    expect((await table.listPackages({ status: 'PENDING', page: 1, pageSize: 2 })).items).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect((await requestLog(sandbox.url)).filter((e) => e.path === '/authenticate').map((e) => e.status)).toEqual([429, 200]);

    // Still refused after the one retry: a temporary error, and nothing is forgotten.
    await expireTokens(sandbox.url);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', status: 429, headers: { 'retry-after': '0' }, times: 2 });
    const error = await failureOf(table.listPackages({ status: 'PENDING', page: 1, pageSize: 2 }));
    expect(error).toMatchObject({ kind: 'server', status: 429 });
    expect(error.sessionEnded).toBeUndefined();
    expect(await harness.keychain.get(account)).not.toBeNull();
    expect((await table.listPackages({ status: 'PENDING', page: 1, pageSize: 2 })).items).toHaveLength(2);

    // A 408 on the refresh at start-up leaves the saved session for the next try, too.
    const restarted = await createMainHarness(sandbox.url, harness);
    await addFault(sandbox.url, { method: 'POST', path: '^/authenticate$', status: 408, headers: { 'retry-after': '0' }, times: 2 });
    expect(await failureOf(restarted.table.restoreSession(undefined))).toMatchObject({ kind: 'timeout', status: 408 });
    expect(await restarted.table.restoreSession(undefined)).toMatchObject({ email: alice.email, persisted: true });
  });

  it('tells the user to change their password first when /authenticate says x-change-password', async () => {
    await addFault(sandbox.url, {
      method: 'POST',
      path: '^/authenticate$',
      status: 403,
      headers: { 'x-change-password': 'true' },
      body: '{"error":"invalid_grant","error_description":"Password expired"}',
    });
    const error = await failureOf(table.signIn({ serverUrl: sandbox.url, email: alice.email, password: alice.password, remember: true }));
    expect(error).toEqual({ kind: 'forbidden', status: 403, message: CHANGE_PASSWORD_MESSAGE });
    expect(CHANGE_PASSWORD_MESSAGE).toContain('SigningHub web app');
  });

  it('shows real workflow status and role values as text, and reads every date style', async () => {
    await signIn();
    const real = FIXTURES.realWorkflowValues;
    const detail = await table.getPackage({ packageId: real.packageId });
    expect(detail.status).toBe(real.packageStatus);
    expect(detail.users.map((u) => u.role)).toContain('ELECTRONIC_SEAL');
    expect(detail.users.map((u) => u.processStatus)).toContain('INVALID');
    const { items } = await table.listPackages({ status: 'ALL', page: 1, pageSize: 200 });
    expect(items.length).toBeGreaterThan(60);
    for (const item of items) {
      expect(item.modifiedOn, `${item.name} modified_on`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(item.uploadedOn, `${item.name} uploaded_on`).not.toBeNull();
    }
  });

  it('reads zone-less server times in the configured server time zone', async () => {
    const { packageId } = FIXTURES.dateFormats;
    const listed = async (serverTimeZone?: string) => {
      const config = resolveConfig(
        { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret, ...(serverTimeZone ? { serverTimeZone } : {}) },
        { serverUrl: sandbox.url },
        { settingsPath: join(harness.profile, `${serverTimeZone ?? 'utc'}.json`) },
      );
      const app = await composeApp(config, { keychain: new MemoryStore() });
      await app.signIn({ serverUrl: sandbox.url, email: alice.email, password: alice.password, remember: false });
      return (await app.listPackages({ status: 'PENDING', page: 1, pageSize: 100 })).items.find((p) => p.id === packageId)!;
    };
    const utc = await listed();
    const kolkata = await listed('Asia/Kolkata');
    expect(utc.modifiedOn).toMatch(/\.\d{2}0Z$/);
    // Kolkata is UTC+5:30 all year: the same wall-clock time is 5.5 hours earlier.
    expect(Date.parse(utc.modifiedOn!) - Date.parse(kolkata.modifiedOn!)).toBe(5.5 * 3600_000);
  });
});

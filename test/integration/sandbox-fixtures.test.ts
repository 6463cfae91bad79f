// The sandbox against the recorded SigningHub examples (test/fixtures/signinghub/): each example's call,
// made over HTTP, must answer the same status with a body of the same keys and JSON types.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../sandbox/server';
import type { Sandbox } from '../sandbox/server';
import { DEMO, FIXTURES } from '../sandbox/seed';
import { exampleFiles, readExample } from '../support/recorded-examples';

/** What a call may use: alice's tokens. */
interface Session {
  token: string;
  refreshToken: string;
}

/** How to make an example's call against the sandbox's seed. */
interface Call {
  /** Values for the example path's `{placeholders}`. */
  params?: Record<string, string | number>;
  /** Sends no bearer token. */
  anonymous?: true;
  /** Replaces the example's request body where the sandbox needs its own values. */
  body?: (session: Session) => unknown;
  /** Runs before the call, e.g. to change a setting or to sign first. */
  before?: (session: Session) => Promise<void>;
}

const { alice } = DEMO.users;
const credentials = (password: string) => ({
  grant_type: 'password',
  client_id: DEMO.clientId,
  client_secret: DEMO.clientSecret,
  username: alice.email,
  password,
});
const docParams = (f: { packageId: number; documentId: number }) => ({ package_id: f.packageId, document_id: f.documentId });

let sandbox: Sandbox;

/** A JSON call to the sandbox with alice's token unless `token` is null. */
function send(method: string, path: string, token: string | null, body?: unknown): Promise<Response> {
  const form = path === '/authenticate' || path === '/tokens';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = form ? 'application/x-www-form-urlencoded' : 'application/json';
  const payload = body === undefined ? undefined : form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
  return fetch(`${sandbox.url}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) });
}

const CALLS: Record<string, Call> = {
  'about-200.json': { anonymous: true },
  'authenticate-200.json': { anonymous: true, body: () => credentials(alice.password) },
  'authenticate-400-invalid-grant.json': { anonymous: true, body: () => credentials('not-the-password') },
  'logout-200.json': {},
  'revoke-token-200.json': { body: (s) => ({ refresh_token: s.refreshToken, token_type_hint: 'refresh_token' }) },
  'packages-list-200.json': { params: { document_status: 'PENDING', page_no: 1, records_per_page: 5 } },
  'workflow-200.json': { params: { package_id: FIXTURES.realWorkflowValues.packageId } },
  'error-401-authorization-denied.json': { anonymous: true, params: { package_id: FIXTURES.welcomePack.packageId } },
  'open-200.json': { params: { package_id: FIXTURES.welcomePack.packageId } },
  'open-403-otp-required.json': { params: { package_id: FIXTURES.otpProtected.packageId } },
  'open-403-password-required.json': { params: { package_id: FIXTURES.passwordProtected.packageId } },
  'package-otp-generate-200.json': { params: { package_id: FIXTURES.otpProtected.packageId, order: FIXTURES.otpProtected.order } },
  'package-password-unlock-200.json': {
    params: { package_id: FIXTURES.passwordProtected.packageId, order: FIXTURES.passwordProtected.order },
    body: () => ({ password: FIXTURES.passwordProtected.password }),
  },
  'error-403-invalid-credentials.json': { params: { package_id: FIXTURES.passwordProtected.packageId, order: FIXTURES.passwordProtected.order } },
  'finish-200.json': { params: { package_id: FIXTURES.noOtp.packageId } },
  'decline-200.json': { params: { package_id: FIXTURES.noOtp.packageId } },
  'fields-v3-200.json': { params: docParams(FIXTURES.fieldGallery) },
  'fields-v4-200.json': { params: docParams(FIXTURES.fieldGallery) },
  'fields-page-200.json': { params: { ...docParams(FIXTURES.fieldGallery), page_no: 1 } },
  'error-404-fields-all-pages.json': {
    params: docParams(FIXTURES.fieldGallery),
    before: async () => {
      expect(
        (
          await fetch(`${sandbox.url}/_sandbox/settings`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: '{"fieldsAllPages":false}',
          })
        ).ok,
      ).toBe(true);
    },
  },
  'fill-fields-request.json': { params: docParams(FIXTURES.accountApplication) },
  'error-400-validation.json': { params: docParams(FIXTURES.accountApplication) },
  'initials-200.json': { params: docParams(FIXTURES.accountApplication) },
  'field-otp-200.json': { params: docParams(FIXTURES.welcomePack) },
  'sign-200-signed.json': { params: docParams(FIXTURES.noOtp) },
  'sign-200-pending.json': { params: docParams(FIXTURES.remoteApproval) },
  'sign-200-empty.json': { params: docParams(FIXTURES.emptySignAnswer) },
  'error-403-otp-required.json': { params: docParams(FIXTURES.serverDemandsOtp) },
  'verification-v4-200.json': {
    params: docParams(FIXTURES.noOtp),
    before: async (s) => {
      const { packageId, documentId, fieldName } = FIXTURES.noOtp;
      expect((await send('POST', `/v3/packages/${packageId}/documents/${documentId}/sign`, s.token, { field_name: fieldName })).status).toBe(200);
    },
  },
  'package-log-v4-200.json': { params: { package_id: FIXTURES.noOtp.packageId, page_no: 1, records_per_page: 10 } },
  'field-status-200.json': {
    params: docParams(FIXTURES.noOtp),
    before: async (s) => {
      const { packageId, documentId, fieldName } = FIXTURES.noOtp;
      expect((await send('POST', `/v3/packages/${packageId}/documents/${documentId}/sign`, s.token, { field_name: fieldName })).status).toBe(200);
    },
  },
};

type JsonType = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean';
const jsonType = (value: unknown): JsonType => (value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as JsonType));

/**
 * Where `actual` differs in shape from `example`: a missing key, a key the example neither has nor
 * allows, or another JSON type. A null on either side matches any type ("no value yet"). Each item of
 * an array is compared with the example item it is closest to; empty arrays have nothing to compare.
 */
function shapeDiffs(example: unknown, actual: unknown, allowed: ReadonlySet<string>, path = ''): string[] {
  const [want, got] = [jsonType(example), jsonType(actual)];
  if (want === 'null' || got === 'null') return [];
  if (want !== got) return [`${path || '(body)'}: ${got} where the example has ${want}`];
  if (want === 'array') {
    const items = example as unknown[];
    if (items.length === 0) return [];
    return (actual as unknown[]).flatMap((item) => {
      const candidates = items.map((e) => shapeDiffs(e, item, allowed, `${path}[]`));
      return candidates.reduce((best, diffs) => (diffs.length < best.length ? diffs : best));
    });
  }
  if (want !== 'object') return [];
  const [e, a] = [example as Record<string, unknown>, actual as Record<string, unknown>];
  const at = (key: string): string => (path ? `${path}.${key}` : key);
  const missing = Object.keys(e)
    .filter((key) => !(key in a))
    .map((key) => `${at(key)}: missing`);
  const extra = Object.keys(a)
    .filter((key) => !(key in e) && !allowed.has(at(key)))
    .map((key) => `${at(key)}: not in the example`);
  const nested = Object.keys(e)
    .filter((key) => key in a)
    .flatMap((key) => shapeDiffs(e[key], a[key], allowed, at(key)));
  return [...missing, ...extra, ...nested];
}

/** The example's path with its placeholders filled; every placeholder must have a value. */
function fillPath(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(String(params[name]));
  });
}

const files = exampleFiles();

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, packages: 5, remoteApprovalDelayMs: 60_000 });
});
afterAll(() => sandbox.close());

describe('recorded SigningHub examples', () => {
  it('has a call for every example and an example for every call', () => {
    expect(Object.keys(CALLS).sort()).toEqual(files);
  });

  it('compares shapes strictly: missing, extra and retyped keys are all found', () => {
    const example = { a: 1, b: [{ c: 'x' }], d: null };
    expect(shapeDiffs(example, { a: 2, b: [{ c: 'y' }, { c: 'z' }], d: 'now set' }, new Set())).toEqual([]);
    expect(shapeDiffs(example, { a: '2', b: [{ c: 'y', e: true }], f: 0 }, new Set(['f']))).toEqual([
      'd: missing',
      'a: string where the example has number',
      'b[].e: not in the example',
    ]);
  });

  it.each(files)('%s: the sandbox answers the same status, keys and types', async (file) => {
    const example = readExample(file);
    const call = CALLS[file] ?? {};
    expect(example.source.length, 'every example names its source').toBeGreaterThan(10);
    expect((await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' })).ok).toBe(true);
    const grant = (await (await send('POST', '/authenticate', null, credentials(alice.password))).json()) as { access_token: string; refresh_token: string };
    const session: Session = { token: grant.access_token, refreshToken: grant.refresh_token };
    await call.before?.(session);

    const response = await send(
      example.method,
      fillPath(example.path, call.params),
      call.anonymous ? null : session.token,
      call.body ? call.body(session) : example.requestBody,
    );
    const text = await response.text();
    expect({ status: response.status, text: example.body === null ? text : '(a body)' }).toEqual({
      status: example.status,
      text: example.body === null ? '' : '(a body)',
    });
    if (example.body !== null) expect(shapeDiffs(example.body, JSON.parse(text), new Set(example.allowedKeys ?? []))).toEqual([]);
  });
});

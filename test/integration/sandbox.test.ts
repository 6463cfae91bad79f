// The SigningHub sandbox over real HTTP: auth, lists, images, OTP, signing, protected documents,
// remote approval, forms, package actions, faults and control.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn } from 'node:child_process';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import { PNG } from 'pngjs';
import { startSandbox } from '../sandbox/server';
import type { Sandbox } from '../sandbox/server';
import { DEMO, FIXTURES } from '../sandbox/seed';

let sandbox: Sandbox;
let base: string;
/** Short, so remote approval tests stay fast. */
const APPROVAL_DELAY_MS = 120;
const { alice, bob, carol, dave } = DEMO.users;
const welcome = FIXTURES.welcomePack;

type Json = Record<string, unknown>;

function formPost(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  };
}

function passwordGrant(user: { email: string; password: string }, headers: Record<string, string> = {}): Promise<Response> {
  const fields = { grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.clientSecret, username: user.email, password: user.password };
  return fetch(`${base}/authenticate`, formPost(fields, headers));
}

function refreshGrant(refreshToken: string): Promise<Response> {
  const fields = { grant_type: 'refresh_token', client_id: DEMO.clientId, client_secret: DEMO.clientSecret, refresh_token: refreshToken };
  return fetch(`${base}/authenticate`, formPost(fields));
}

async function tokensFor(user: { email: string; password: string } = alice): Promise<{ access_token: string; refresh_token: string }> {
  const response = await passwordGrant(user);
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string; refresh_token: string };
}

/** A resource call with a bearer token and an optional JSON body. */
function api(token: string | null, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const all: Record<string, string> = { accept: 'application/json', ...headers };
  if (token) all['authorization'] = `Bearer ${token}`;
  if (body !== undefined) all['content-type'] = 'application/json';
  return fetch(`${base}${path}`, { method, headers: all, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

async function expectError(response: Response, status: number, message: string): Promise<void> {
  expect({ status: response.status, body: await response.json() }).toEqual({ status, body: { Message: message } });
}

async function control<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}/_sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as T;
}

interface Sms {
  to: string;
  code: string;
  package_id: number | null;
  document_id: number | null;
  field_name: string | null;
}

const outbox = (): Promise<Sms[]> => control<Sms[]>('GET', 'outbox');

/** Epoch ms of any SigningHub date style (zone-less times read as UTC), NaN for anything else. */
function parseSigningHubDate(text: string): number {
  const match = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(\.\d{1,7})?(Z|\+0000)?$/.exec(text);
  return match ? Date.parse(`${match[1]}T${match[2]}${match[3] ?? ''}Z`) : NaN;
}
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const docPath = (p: number, d: number): string => `/v3/packages/${p}/documents/${d}`;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, remoteApprovalDelayMs: APPROVAL_DELAY_MS });
  base = sandbox.url;
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await control('POST', 'reset');
});

describe('token endpoint', () => {
  it('answers the server check without auth', async () => {
    const response = await fetch(`${base}/v3/about`);
    expect(await response.json()).toMatchObject({ installation_name: 'SigningHub Sandbox' });
  });

  it('issues tokens for a password and rotates refresh tokens', async () => {
    const first = await tokensFor();
    expect(first).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    const refreshed = await refreshGrant(first.refresh_token);
    expect(refreshed.status).toBe(200);
    const second = (await refreshed.json()) as { access_token: string; refresh_token: string };
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await api(second.access_token, 'GET', '/v3/packages/ALL/1/1')).status).toBe(200);
    // The first refresh token is spent.
    const reused = await refreshGrant(first.refresh_token);
    expect({ status: reused.status, body: await reused.json() }).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid or expired refresh token' },
    });
  });

  it('refuses bad clients, passwords, grants and inactive accounts in OAuth style', async () => {
    const badClient = await fetch(
      `${base}/authenticate`,
      formPost({ grant_type: 'password', client_id: 'x', client_secret: 'y', username: alice.email, password: alice.password }),
    );
    expect({ status: badClient.status, body: await badClient.json() }).toEqual({
      status: 400,
      body: { error: 'invalid_client', error_description: 'Invalid client credentials' },
    });
    const badPassword = await passwordGrant({ email: alice.email, password: 'nope' });
    expect({ status: badPassword.status, body: await badPassword.json() }).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Invalid username or password' },
    });
    const badGrant = await fetch(`${base}/authenticate`, formPost({ grant_type: 'magic', client_id: DEMO.clientId, client_secret: DEMO.clientSecret }));
    expect(badGrant.status).toBe(400);
    expect(await badGrant.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const inactive = await passwordGrant(dave);
    expect({ status: inactive.status, body: await inactive.json() }).toEqual({
      status: 403,
      body: { error: 'inactive_account', error_description: 'You must activate your account to access SigningHub.' },
    });
    const client = await fetch(
      `${base}/authenticate`,
      formPost({ grant_type: 'client_credentials', client_id: DEMO.clientId, client_secret: DEMO.clientSecret }),
    );
    const clientTokens = (await client.json()) as Json;
    expect(clientTokens['refresh_token']).toBeUndefined();
    await expectError(await api(String(clientTokens['access_token']), 'GET', '/v3/packages/ALL/1/10'), 401, 'User authentication required');
  });

  it('denies missing and unknown bearer tokens, and revokes refresh tokens', async () => {
    await expectError(await api(null, 'GET', '/v3/packages/ALL/1/10'), 401, 'Request authorization denied');
    await expectError(await api('nope', 'GET', '/v3/packages/ALL/1/10'), 401, 'Request authorization denied');
    const tokens = await tokensFor();
    const revoke = (): Promise<Response> =>
      fetch(`${base}/tokens`, {
        method: 'DELETE',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${tokens.access_token}` },
        body: new URLSearchParams({ refresh_token: tokens.refresh_token, token_type_hint: 'refresh_token' }).toString(),
      });
    expect((await revoke()).status).toBe(200);
    await expectError(await revoke(), 400, 'Invalid or expired refresh token');
    expect((await refreshGrant(tokens.refresh_token)).status).toBe(400);
  });

  it('runs the login second factor round trip', async () => {
    const challenge = await passwordGrant(bob);
    expect({ status: challenge.status, body: await challenge.json() }).toEqual({
      status: 403,
      body: { error: 'otp_required', error_description: 'One time password is required' },
    });
    const restricted = challenge.headers.get('x-otp') ?? '';
    expect(restricted).not.toBe('');
    expect(challenge.headers.get('x-mobile-number')).toBe(bob.mobile);
    // The restricted token can only ask for the code.
    await expectError(await api(restricted, 'GET', '/v3/packages/ALL/1/10'), 401, 'Request authorization denied');
    const send = await api(restricted, 'POST', '/v3/authentication/otp', { mobile_number: bob.mobile });
    expect(send.status).toBe(200);
    expect(await send.text()).toBe('');
    const sms = (await outbox()).at(-1);
    expect(sms).toMatchObject({ to: bob.mobile, package_id: null, document_id: null, field_name: null });
    const code = sms?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);

    const wrongVerify = await api(restricted, 'GET', '/v3/authentication/otp/verify', undefined, { 'x-otp': '000000x' });
    expect(wrongVerify.status).toBe(403);
    expect(await wrongVerify.json()).toMatchObject({ Error: 'invalid_credentials' });
    expect((await api(restricted, 'GET', '/v3/authentication/otp/verify', undefined, { 'x-otp': code })).status).toBe(200);

    const wrong = await passwordGrant(bob, { 'x-otp': '999999x' });
    expect({ status: wrong.status, body: await wrong.json() }).toEqual({
      status: 403,
      body: { error: 'invalid_credentials', error_description: 'You have entered incorrect authentication credentials - try again' },
    });
    const done = await passwordGrant(bob, { 'x-otp': code });
    expect(done.status).toBe(200);
    expect(await done.json()).toHaveProperty('refresh_token');
  });
});

describe('packages and documents', () => {
  it('pages, searches and counts the package list', async () => {
    const { access_token: token } = await tokensFor();
    const first = await api(token, 'GET', '/v3/packages/PENDING/1/3');
    expect(first.status).toBe(200);
    const total = Number(first.headers.get('x-total-records'));
    expect(total).toBeGreaterThan(6);
    expect(first.headers.get('access-control-expose-headers')).toContain('x-total-records');
    const items = (await first.json()) as Json[];
    expect(items.map((p) => p['package_name'])).toEqual(FIXTURES.alicePendingOrder.slice(0, 3));
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(
      [
        'folder',
        'modified_on',
        'next_signer',
        'next_signer_email',
        'owner_name',
        'package_id',
        'package_name',
        'package_owner',
        'package_status',
        'unread',
        'uploaded_on',
      ].sort(),
    );
    expect(items[0]?.['modified_on']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);

    const past = await api(token, 'GET', `/v3/packages/PENDING/${Math.ceil(total / 3) + 1}/3`);
    expect(await past.json()).toEqual([]);
    expect(past.headers.get('x-total-records')).toBe(String(total));

    const all = (await (await api(token, 'GET', '/v3/packages/ALL/1/500')).json()) as Json[];
    expect(new Set(all.map((p) => p['package_status']))).toEqual(new Set(['DRAFT', 'PENDING', 'SIGNED', 'DECLINED', 'INPROGRESS', 'COMPLETED']));
    const times = all.map((p) => parseSigningHubDate(String(p['modified_on'])));
    expect(times.every(Number.isFinite)).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const search = await api(token, 'GET', '/v3/packages/ALL/1/10', undefined, { 'x-search-text': b64('WELCOME') });
    expect(((await search.json()) as Json[]).map((p) => p['package_name'])).toEqual(['Welcome pack']);
    expect(search.headers.get('x-total-records')).toBe('1');
    const archive = (await (await api(token, 'GET', '/v3/packages/ALL/1/500', undefined, { 'x-folder': b64('ARCHIVE') })).json()) as Json[];
    expect(archive.length).toBeGreaterThan(0);
    expect(archive.every((p) => p['folder'] === 'ARCHIVE')).toBe(true);

    await expectError(await api(token, 'GET', '/v3/packages/WHATEVER/1/10'), 400, 'Model state validation failed.');
    // A header the client forgot to base64-encode is refused, not silently matched against garbage.
    await expectError(await api(token, 'GET', '/v3/packages/ALL/1/10', undefined, { 'x-search-text': 'Welcome' }), 400, 'Model state validation failed.');
  });

  it('guards packages by owner and recipient', async () => {
    const { access_token: token } = await tokensFor();
    await expectError(await api(token, 'GET', `/v3/packages/${FIXTURES.bobOnboarding.packageId}/workflow`), 403, 'Document does not belong to user');
    await expectError(await api(token, 'GET', '/v3/packages/999999/workflow'), 404, 'Document not found');
    await expectError(await api(token, 'GET', `${docPath(welcome.packageId, 424242)}/details`), 404, 'Document not found');
  });

  it('opens a package, and serves its workflow, details and fields (v3 and v4 keys)', async () => {
    const { access_token: token } = await tokensFor();
    const workflow = (await (await api(token, 'GET', `/v3/packages/${welcome.packageId}/workflow`)).json()) as Json;
    expect(workflow).toMatchObject({
      package_name: welcome.name,
      unread: true,
      documents: [{ document_id: welcome.documentId, document_pages: welcome.pages }],
    });
    expect((await api(token, 'GET', `/v3/packages/${welcome.packageId}/open`)).status).toBe(200);
    const reopened = (await (await api(token, 'GET', `/v3/packages/${welcome.packageId}/workflow`)).json()) as Json;
    expect(reopened['unread']).toBe(false);

    const details = (await (await api(token, 'GET', `${docPath(welcome.packageId, welcome.documentId)}/details`)).json()) as Json;
    expect(details).toMatchObject({ document_name: welcome.documentName, document_width: 794, document_height: 1123 });

    const gallery = FIXTURES.fieldGallery;
    const v3 = (await (await api(token, 'GET', `/v3/packages/${gallery.packageId}/documents/${gallery.documentId}/fields`)).json()) as Record<string, Json[]>;
    expect(Object.keys(v3)).toEqual([
      'digital_signature',
      'hand_signature',
      'electronic_signature',
      'in_person_signature',
      'initials',
      'text',
      'radio',
      'checkbox',
      'dropdown',
      'listbox',
    ]);
    for (const list of Object.values(v3)) expect(list.length).toBeGreaterThan(0);
    expect(v3['in_person_signature']?.[0]).toMatchObject({ placeholder: 'Customer', authentication: { sms_otp: { enabled: true } } });
    // A hand signature has no authentication members (v4 HandSignatureFieldResponse).
    expect(v3['hand_signature']?.[0]).not.toHaveProperty('authentication');
    expect(v3['radio']?.map((f) => [f['field_name'], f['radio_group_name'], f['value']])).toEqual([
      ['Monthly', 'Payment', false],
      ['Quarterly', 'Payment', false],
      ['Yearly', 'Payment', false],
    ]);
    const v4 = (await (await api(token, 'GET', `/v4/packages/${gallery.packageId}/documents/${gallery.documentId}/fields`)).json()) as Record<string, Json[]>;
    expect(Object.keys(v4)).toEqual([
      'signature',
      'hand_signature',
      'electronic_signature',
      'in_person_signature',
      'initials',
      'text',
      'radio',
      'checkbox',
      'dropdown',
      'listbox',
      'qrcode',
      'attachment',
      'comment',
      'unique_identifier',
    ]);
    expect(v4['qrcode']).toEqual([expect.objectContaining({ field_name: gallery.v4Only.qrcode, type: 'QR' })]);
    expect(v4['attachment']).toEqual([expect.objectContaining({ field_name: gallery.v4Only.attachment, validation_rule: 'OPTIONAL' })]);
    expect(v4['comment']).toEqual([expect.objectContaining({ id: gallery.v4Only.commentId, private: false })]);
    expect(v4['comment']?.[0]).not.toHaveProperty('field_name');
    expect(v4['unique_identifier']).toEqual([expect.objectContaining({ field_name: gallery.v4Only.uniqueIdentifier })]);
    // v4 text, radio, checkbox and dropdown carry `required`; its list box does not.
    expect(v4['text']?.find((f) => f['field_name'] === 'Full name')).toMatchObject({ required: true, validation_rule: 'MANDATORY' });
    expect(v4['listbox']?.[0]).not.toHaveProperty('required');
    // Another document has the v4-only keys empty.
    const other = (await (await api(token, 'GET', `/v4/packages/${welcome.packageId}/documents/${welcome.documentId}/fields`)).json()) as Record<
      string,
      Json[]
    >;
    expect(other['qrcode']).toEqual([]);
  });

  it('serves page images as real PNGs of the requested size', async () => {
    const { access_token: token } = await tokensFor();
    const image = await api(token, 'GET', `${docPath(welcome.packageId, welcome.documentId)}/images/1/300x400`, undefined, { accept: 'image/png' });
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect([image.headers.get('x-page-width'), image.headers.get('x-page-height')]).toEqual(['300', '400']);
    const png = PNG.sync.read(Buffer.from(await image.arrayBuffer()));
    expect([png.width, png.height]).toEqual([300, 400]);
    // White page with grey content: both colours occur.
    expect(png.data.includes(255)).toBe(true);
    expect(png.data.some((v, i) => i % 4 === 0 && v < 230)).toBe(true);

    const clamped = PNG.sync.read(
      Buffer.from(await (await api(token, 'GET', `${docPath(welcome.packageId, welcome.documentId)}/images/1/4x20`)).arrayBuffer()),
    );
    expect([clamped.width, clamped.height]).toEqual([16, 20]);
    await expectError(await api(token, 'GET', `${docPath(welcome.packageId, welcome.documentId)}/images/9/300x400`), 404, 'Page not found');
    await expectError(await api(token, 'GET', `${docPath(welcome.packageId, welcome.documentId)}/images/1/big`), 400, 'Model state validation failed.');
  });
});

describe('OTP and signing', () => {
  it('sends a field OTP to the outbox and signs only with the right code', async () => {
    const { access_token: token } = await tokensFor();
    const path = docPath(welcome.packageId, welcome.documentId);
    const sent = await api(token, 'POST', `${path}/otp`, { field_name: welcome.fieldName });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toBe('');
    const sms = (await outbox()).at(-1);
    expect(sms).toMatchObject({ to: alice.mobile, package_id: welcome.packageId, document_id: welcome.documentId, field_name: welcome.fieldName });
    expect(sms?.code).toMatch(/^\d{6}$/);

    const missing = await api(token, 'POST', `${path}/sign`, { field_name: welcome.fieldName });
    expect({ status: missing.status, body: await missing.json() }).toEqual({
      status: 403,
      body: { Error: 'otp_required', Message: 'One time password is required' },
    });
    const wrongCode = sms?.code === '000000' ? '111111' : '000000';
    await expectError(
      await api(token, 'POST', `${path}/sign`, { field_name: welcome.fieldName }, { 'x-otp': wrongCode }),
      403,
      'The One Time Password (OTP) does not match',
    );
    const signed = await api(token, 'POST', `${path}/sign`, { field_name: welcome.fieldName, signing_reason: 'Agreed' }, { 'x-otp': sms?.code ?? '' });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ field_name: welcome.fieldName, status: 'SIGNED', verification: null });

    const fields = (await (await api(token, 'GET', `${path}/fields`)).json()) as Record<string, Json[]>;
    expect(fields['digital_signature']?.[0]).toMatchObject({ process_status: 'PROCESSED', processed_by: alice.name });
    const status = await api(token, 'POST', `${path}/field/status`, { field_name: welcome.fieldName });
    expect(await status.json()).toEqual({ status: 'SIGNED' });

    expect((await api(token, 'POST', `/v3/packages/${welcome.packageId}/finish`)).status).toBe(200);
    const after = (await (await api(token, 'GET', `/v3/packages/${welcome.packageId}/workflow`)).json()) as Json;
    expect(after['package_status']).toBe('COMPLETED');
  });

  it('fails each Error lab document with its documented status and Message', async () => {
    const { access_token: token } = await tokensFor();
    const lab = FIXTURES.errorLab;
    const workflow = (await (await api(token, 'GET', `/v3/packages/${lab.packageId}/workflow`)).json()) as { documents: Json[] };
    expect(workflow.documents.map((d) => d['document_name'])).toEqual(lab.documents.map((d) => d.documentName));
    const expected = [
      [401, 'Request authorization denied'],
      [401, 'User authentication required'],
      [403, 'Document does not belong to user'],
      [403, 'You cannot access this document after the access period ends'],
      [403, 'Account is disabled'],
      [404, 'Document not found'],
      [500, 'An internal server error occurred while processing the request'],
    ];
    expect(expected.every(([s, m]) => lab.documents.some((d) => d.status === s && d.message === m))).toBe(true);
    for (const doc of lab.documents) {
      expect((await api(token, 'GET', `${docPath(lab.packageId, doc.documentId)}/fields`)).status).toBe(200);
      await expectError(await api(token, 'POST', `${docPath(lab.packageId, doc.documentId)}/otp`, { field_name: lab.fieldName }), doc.status, doc.message);
    }
    expect(await outbox()).toEqual([]);
  });

  it('answers Mobile number is not set for carol', async () => {
    const { access_token: token } = await tokensFor(carol);
    const consent = FIXTURES.carolConsent;
    await expectError(
      await api(token, 'POST', `${docPath(consent.packageId, consent.documentId)}/otp`, { field_name: consent.fieldName }),
      400,
      'Mobile number is not set',
    );
    await expectError(
      await api(token, 'POST', `${docPath(consent.packageId, consent.documentId)}/otp`, { field_name: 'No such field' }),
      400,
      'Model state validation failed.',
    );
  });

  it('signs an in-person field with the OTP sent to the field number', async () => {
    const { access_token: token } = await tokensFor();
    const kiosk = FIXTURES.kiosk;
    const path = docPath(kiosk.packageId, kiosk.documentId);
    expect((await api(token, 'POST', `${path}/otp`, { field_name: kiosk.inPersonFieldName })).status).toBe(200);
    const sms = (await outbox()).at(-1);
    expect(sms?.to).toBe(kiosk.inPersonMobile);
    const body = { field_name: kiosk.inPersonFieldName, user_name: 'Walk-up Customer', hand_signature_image: 'iVBORw0KGgo=' };
    const signed = await api(token, 'POST', `${path}/sign`, body, { 'x-otp': sms?.code ?? '' });
    expect(await signed.json()).toMatchObject({ status: 'SIGNED' });
    const fields = (await (await api(token, 'GET', `${path}/fields`)).json()) as Record<string, Json[]>;
    expect(fields['in_person_signature']?.[0]).toMatchObject({ process_status: 'PROCESSED', processed_by: 'Walk-up Customer' });
  });

  it('hosts two walk-up signers on one document: each field its own role, code and name', async () => {
    const { access_token: token } = await tokensFor();
    const { jointAccount: joint } = FIXTURES;
    const path = docPath(joint.packageId, joint.documentId);
    const before = (await (await api(token, 'GET', `${path}/fields`)).json()) as Record<string, Json[]>;
    expect(before['in_person_signature']?.map((f) => [f['field_name'], f['placeholder']])).toEqual([
      [joint.applicant.fieldName, joint.applicant.placeholder],
      [joint.coApplicant.fieldName, joint.coApplicant.placeholder],
    ]);
    expect((await api(token, 'POST', `${path}/otp`, { field_name: joint.applicant.fieldName })).status).toBe(200);
    const sms = (await outbox()).at(-1);
    expect(sms?.to).toBe(joint.applicant.mobile);
    expect(sms?.to).not.toBe(alice.mobile);
    const image = pngBase64();
    const first = { field_name: joint.applicant.fieldName, user_name: 'First Applicant', hand_signature_image: image };
    await expectKeyed(await api(token, 'POST', `${path}/sign`, first), OTP_REQUIRED);
    expect(await (await api(token, 'POST', `${path}/sign`, first, { 'x-otp': sms?.code ?? '' })).json()).toMatchObject({ status: 'SIGNED' });
    const second = { field_name: joint.coApplicant.fieldName, user_name: 'Second Applicant', hand_signature_image: image };
    expect(await (await api(token, 'POST', `${path}/sign`, second)).json()).toMatchObject({ status: 'SIGNED' });
    const after = (await (await api(token, 'GET', `${path}/fields`)).json()) as Record<string, Json[]>;
    expect(after['in_person_signature']?.map((f) => f['processed_by'])).toEqual(['First Applicant', 'Second Applicant']);
  });

  it('validates and records a decline', async () => {
    const { access_token: token } = await tokensFor();
    const id = FIXTURES.noOtp.packageId;
    await expectError(await api(token, 'POST', `/v3/packages/${id}/decline`, {}), 400, 'Model state validation failed.');
    await expectError(await api(token, 'POST', `/v3/packages/${id}/decline`, { reason: 'x'.repeat(501) }), 400, 'Model state validation failed.');
    expect((await api(token, 'POST', `/v3/packages/${id}/decline`, { reason: 'Wrong supplier' })).status).toBe(200);
    const workflow = (await (await api(token, 'GET', `/v3/packages/${id}/workflow`)).json()) as { package_status: string; users: Json[] };
    expect(workflow.package_status).toBe('DECLINED');
    expect(workflow.users[0]).toMatchObject({ process_status: 'DECLINED', reason: 'Wrong supplier' });
  });
});

/** A tiny real PNG, base64, for hand_signature_image. */
const pngBase64 = (): string => PNG.sync.write(new PNG({ width: 4, height: 2 })).toString('base64');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const keyed = (error: string, message: string): Json => ({ Error: error, Message: message });
const OTP_REQUIRED = keyed('otp_required', 'One time password is required');
const PASSWORD_REQUIRED = keyed('password_required', 'Password authentication is required');
const BAD_CREDENTIALS = keyed('invalid_credentials', 'You have entered incorrect authentication credentials - try again');
const NOT_AUTHORIZED = 'You are not authorized to perform the requested operation';
const INVALID = 'Model state validation failed.';

async function expectKeyed(response: Response, body: Json): Promise<void> {
  expect({ status: response.status, body: await response.json() }).toEqual({ status: 403, body });
}

/** The fields of a document as `{kind: [field]}`. */
async function fieldsOf(token: string, p: number, d: number): Promise<Record<string, Json[]>> {
  return (await (await api(token, 'GET', `${docPath(p, d)}/fields`)).json()) as Record<string, Json[]>;
}

const fieldNamed = (fields: Record<string, Json[]>, name: string): Json | undefined =>
  Object.values(fields)
    .flat()
    .find((f) => f['field_name'] === name);

describe('protected documents', () => {
  const unlock = (token: string, fx: { packageId: number; order: number }, body: unknown, order = fx.order): Promise<Response> =>
    api(token, 'POST', `/v3/packages/${fx.packageId}/workflow/${order}/authentication/password`, body);

  it('asks for a password on open, page images and download, but not on workflow, details or fields', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.passwordProtected;
    const path = docPath(fx.packageId, fx.documentId);
    expect(await (await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).json()).toMatchObject({
      package_name: fx.name,
      documents: [{ document_id: fx.documentId }],
      users: [{ order: fx.order, user_email: alice.email }],
    });
    expect((await api(token, 'GET', `${path}/details`)).status).toBe(200);
    expect(fieldNamed(await fieldsOf(token, fx.packageId, fx.documentId), fx.fieldName)).toMatchObject({ authentication: { sms_otp: { enabled: false } } });

    const guarded = [`/v3/packages/${fx.packageId}/open`, `${path}/images/1/200x280`, path, `/v4/packages/${fx.packageId}/open`];
    for (const url of guarded) {
      await expectKeyed(await api(token, 'GET', url), PASSWORD_REQUIRED);
      await expectKeyed(await api(token, 'GET', url, undefined, { 'x-password': 'open sesame' }), BAD_CREDENTIALS);
      expect((await api(token, 'GET', url, undefined, { 'x-password': fx.password })).status).toBe(200);
    }
    const pdf = await api(token, 'GET', path, undefined, { 'x-password': fx.password });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(await (await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).json()).toMatchObject({ unread: false });
    expect(await outbox()).toEqual([]);
  });

  it('unlocks a password package for that recipient with the unlock call, until reset', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.passwordProtected;
    const path = docPath(fx.packageId, fx.documentId);
    await expectKeyed(await unlock(token, fx, { password: 'guess' }), BAD_CREDENTIALS);
    await expectError(await unlock(token, fx, {}), 400, INVALID);
    await expectError(await unlock(token, fx, { password: fx.password }, fx.order + 1), 403, NOT_AUTHORIZED);
    await expectError(await unlock(token, { packageId: FIXTURES.welcomePack.packageId, order: 1 }, { password: fx.password }), 400, INVALID);
    const granted = await unlock(token, fx, { password: fx.password });
    expect({ status: granted.status, body: await granted.json() }).toEqual({ status: 200, body: { Message: 'access to the document is granted' } });
    for (const url of [`/v3/packages/${fx.packageId}/open`, `${path}/images/1/200x280`, path]) expect((await api(token, 'GET', url)).status).toBe(200);
    // Another token of the same user is unlocked too; a reset locks the package again.
    const { access_token: second } = await tokensFor();
    expect((await api(second, 'GET', `/v3/packages/${fx.packageId}/open`)).status).toBe(200);
    await control('POST', 'reset');
    await expectKeyed(await api(token, 'GET', `/v3/packages/${fx.packageId}/open`), PASSWORD_REQUIRED);
  });

  it('opens a package whose password no header can carry only through the unlock call', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.nonLatinPassword;
    expect([...fx.password].some((c) => c.charCodeAt(0) > 0xff)).toBe(true);
    await expectKeyed(await api(token, 'GET', `/v3/packages/${fx.packageId}/open`), PASSWORD_REQUIRED);
    // fetch refuses a header value outside Latin-1, as every HTTP client should.
    await expect(api(token, 'GET', `/v3/packages/${fx.packageId}/open`, undefined, { 'x-password': fx.password })).rejects.toThrow();
    await expectKeyed(await api(token, 'GET', `/v3/packages/${fx.packageId}/open`, undefined, { 'x-password': 'sésame' }), BAD_CREDENTIALS);
    expect((await unlock(token, fx, { password: fx.password })).status).toBe(200);
    expect((await api(token, 'GET', `/v3/packages/${fx.packageId}/open`)).status).toBe(200);
    expect((await api(token, 'GET', `${docPath(fx.packageId, fx.documentId)}/images/1/100x140`)).status).toBe(200);
    const log = await control<{ path: string; body: unknown }[]>('GET', 'log');
    expect(log.find((e) => e.path.endsWith('/authentication/password'))?.body).toEqual({ password: fx.password });
  });

  it('texts nothing on open; the generate call texts an opening code that stays good until the next one', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.otpProtected;
    const path = docPath(fx.packageId, fx.documentId);
    const generate = (order: number = fx.order, id: number = fx.packageId): Promise<Response> =>
      api(token, 'POST', `/v3/packages/${id}/workflow/${order}/authentication/otp`);
    expect((await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).status).toBe(200);
    expect((await api(token, 'GET', `${path}/fields`)).status).toBe(200);
    await expectKeyed(await api(token, 'GET', `/v3/packages/${fx.packageId}/open`), OTP_REQUIRED);
    await expectKeyed(await api(token, 'GET', `${path}/images/1/100x140`), OTP_REQUIRED);
    expect(await outbox()).toEqual([]);

    const sent = await generate();
    expect([sent.status, await sent.text()]).toEqual([200, '']);
    const [sms] = await outbox();
    expect(sms).toMatchObject({ to: alice.mobile, package_id: fx.packageId, document_id: null, field_name: null });
    const code = sms?.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await expectKeyed(
      await api(token, 'GET', `/v3/packages/${fx.packageId}/open`, undefined, { 'x-otp': code === '000000' ? '111111' : '000000' }),
      BAD_CREDENTIALS,
    );
    expect((await api(token, 'GET', `/v3/packages/${fx.packageId}/open`, undefined, { 'x-otp': code })).status).toBe(200);
    for (let i = 0; i < 2; i++) {
      const image = await api(token, 'GET', `${path}/images/1/100x140`, undefined, { 'x-otp': code });
      expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    }
    expect((await api(token, 'GET', path, undefined, { 'x-otp': code })).status).toBe(200);
    expect(await outbox()).toHaveLength(1);

    // A new code replaces the old one.
    expect((await generate()).status).toBe(200);
    const latest = (await outbox()).at(-1)?.code ?? '';
    if (latest !== code) await expectKeyed(await api(token, 'GET', `${path}/images/1/100x140`, undefined, { 'x-otp': code }), BAD_CREDENTIALS);
    expect((await api(token, 'GET', `${path}/images/1/100x140`, undefined, { 'x-otp': latest })).status).toBe(200);

    // Only the recipient at that order may ask, and only for an OTP-protected package.
    await expectError(await generate(fx.order + 1), 403, NOT_AUTHORIZED);
    await expectError(await generate(1, FIXTURES.welcomePack.packageId), 400, INVALID);
    expect(await outbox()).toHaveLength(2);

    // Its signature needs no OTP, so the package can be completed.
    expect(await (await api(token, 'POST', `${path}/sign`, { field_name: fx.fieldName })).json()).toMatchObject({ status: 'SIGNED' });
    expect((await api(token, 'POST', `/v3/packages/${fx.packageId}/finish`)).status).toBe(200);
  });
});

describe('remote approval', () => {
  it('answers PENDING until the delay has passed, then each seeded outcome', async () => {
    const { access_token: token } = await tokensFor();
    const cases = [FIXTURES.remoteApproval, FIXTURES.remoteApprovalFails, FIXTURES.remoteApprovalDeclined];
    expect(cases.map((c) => c.outcome)).toEqual(['SIGNED', 'FAILED', 'DECLINED']);
    const poll = async (c: (typeof cases)[number]): Promise<unknown> =>
      (await api(token, 'POST', `${docPath(c.packageId, c.documentId)}/field/status`, { field_name: c.fieldName })).json();
    for (const c of cases) {
      const signed = await api(token, 'POST', `${docPath(c.packageId, c.documentId)}/sign`, { field_name: c.fieldName });
      expect(await signed.json()).toMatchObject({ field_name: c.fieldName, status: 'PENDING' });
      expect(await poll(c)).toEqual({ status: 'PENDING' });
      // A second sign while the phone is asked is refused.
      await expectError(await api(token, 'POST', `${docPath(c.packageId, c.documentId)}/sign`, { field_name: c.fieldName }), 400, INVALID);
    }
    expect(fieldNamed(await fieldsOf(token, cases[0]!.packageId, cases[0]!.documentId), cases[0]!.fieldName)).toMatchObject({ process_status: 'UN_PROCESSED' });
    await sleep(APPROVAL_DELAY_MS + 30);
    for (const c of cases) {
      expect(await poll(c)).toEqual({ status: c.outcome });
      expect(await poll(c)).toEqual({ status: c.outcome });
      const f = fieldNamed(await fieldsOf(token, c.packageId, c.documentId), c.fieldName);
      expect(f?.['process_status']).toBe(c.outcome === 'SIGNED' ? 'PROCESSED' : 'UN_PROCESSED');
    }
    // A failed approval may be tried again.
    const again = FIXTURES.remoteApprovalFails;
    expect(await (await api(token, 'POST', `${docPath(again.packageId, again.documentId)}/sign`, { field_name: again.fieldName })).json()).toMatchObject({
      status: 'PENDING',
    });
  });

  it('takes the delay from settings, which reset restores', async () => {
    const start = { remoteApprovalDelayMs: APPROVAL_DELAY_MS, fieldsAllPages: true };
    expect(await control('GET', 'settings')).toEqual(start);
    expect(await control('PATCH', 'settings', { remoteApprovalDelayMs: 0 })).toEqual({ ...start, remoteApprovalDelayMs: 0 });
    const { access_token: token } = await tokensFor();
    const c = FIXTURES.remoteApproval;
    await api(token, 'POST', `${docPath(c.packageId, c.documentId)}/sign`, { field_name: c.fieldName });
    expect(await (await api(token, 'POST', `${docPath(c.packageId, c.documentId)}/field/status`, { field_name: c.fieldName })).json()).toEqual({
      status: 'SIGNED',
    });
    for (const bad of [{ remoteApprovalDelayMs: -1 }, { remoteApprovalDelayMs: 'soon' }, { fieldsAllPages: 'no' }, { other: 1 }, []]) {
      for (const method of ['PATCH', 'POST']) {
        const response = await fetch(`${base}/_sandbox/settings`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(bad) });
        expect(response.status).toBe(400);
      }
    }
    await control('POST', 'reset');
    expect(await control('GET', 'settings')).toEqual(start);
  });
});

describe('form fields', () => {
  const form = FIXTURES.accountApplication;
  const { text } = form;
  const path = docPath(form.packageId, form.documentId);
  const buttons = (fields: Record<string, Json[]>): unknown[][] => (fields['radio'] ?? []).map((f) => [f['field_name'], f['radio_group_name'], f['value']]);

  it('seeds every form kind for alice in the documented v3 shapes, with two initials and a signature without OTP', async () => {
    const { access_token: token } = await tokensFor();
    const fields = await fieldsOf(token, form.packageId, form.documentId);
    expect(
      fields['text']?.map((f) => [f['field_name'], f['validation_rule'], f['max_length'], f['format_type'], f['read_only'], f['visible'], f['value']]),
    ).toEqual([
      [text.required, 'MANDATORY', 60, 'TEXT', false, true, ''],
      [text.maxLength10, 'OPTIONAL', 10, 'TEXT', false, true, ''],
      [text.email, 'OPTIONAL', 100, 'EMAIL', false, true, ''],
      [text.number, 'OPTIONAL', 2, 'NUMBER', false, true, ''],
      [text.date, 'OPTIONAL', 100, 'DATE', false, true, form.dateValue],
      [text.time, 'OPTIONAL', 100, 'TIME', false, true, ''],
      [text.alphanumeric, 'OPTIONAL', 12, 'ALPHANUMERIC', false, true, ''],
      [text.readOnly, 'OPTIONAL', 100, 'TEXT', true, true, form.readOnlyValue],
      [text.hidden, 'OPTIONAL', 100, 'TEXT', false, false, ''],
    ]);
    // v3 marks required fields only with validation_rule.
    expect(
      Object.values(fields)
        .flat()
        .some((f) => 'required' in f),
    ).toBe(false);
    expect(buttons(fields)).toEqual(form.radioOptions.map((b) => [b, form.radio, false]));
    expect(fields['radio']?.every((f) => f['validation_rule'] === 'MANDATORY' && f['checked'] === false)).toBe(true);
    expect(fields['checkbox']).toEqual([expect.objectContaining({ field_name: form.checkbox, value: false, validation_rule: 'MANDATORY' })]);
    expect(fields['dropdown']).toEqual([expect.objectContaining({ field_name: form.dropdown, choices: form.dropdownOptions, value: '' })]);
    expect(fields['listbox']).toEqual([expect.objectContaining({ field_name: form.listbox, choices: form.listboxOptions, value: '' })]);
    expect(
      Object.values(fields)
        .flat()
        .some((f) => 'options' in f),
    ).toBe(false);
    expect(fields['initials']?.map((f) => f['field_name'])).toEqual(form.initials);
    expect(fields['digital_signature']).toEqual([
      expect.objectContaining({ field_name: form.fieldName, authentication: expect.objectContaining({ enabled: false }) }),
    ]);
    const all = Object.values(fields).flat();
    expect(all.every((f) => f['process_status'] === 'UN_PROCESSED' && f['order'] === 1)).toBe(true);

    const v4 = (await (await api(token, 'GET', `/v4/packages/${form.packageId}/documents/${form.documentId}/fields`)).json()) as Record<string, Json[]>;
    expect(v4['text']?.map((f) => f['required'])).toEqual([true, false, false, false, false, false, false, false, false]);
    expect(v4['radio']?.every((f) => f['required'] === true)).toBe(true);
  });

  it('refuses values and bodies SigningHub would refuse, changing nothing', async () => {
    const { access_token: token } = await tokensFor();
    const good = { text: [{ field_name: text.required, value: 'Alice Example' }] };
    const bad: Json[] = [
      { text: [{ field_name: text.maxLength10, value: 'SW1A 1AA 12' }] },
      { text: [{ field_name: text.email, value: 'alice-at-example.com' }] },
      { text: [{ field_name: text.number, value: '2a' }] },
      { text: [{ field_name: text.date, value: '2024-02-30' }] },
      { text: [{ field_name: text.date, value: '31-12-2024' }] },
      { text: [{ field_name: text.time, value: '25:00' }] },
      { text: [{ field_name: text.alphanumeric, value: 'AB-12' }] },
      { text: [{ field_name: text.readOnly, value: 'LDN-02' }] },
      // The old one-field radio shape, a string value, and a button of another group.
      { radio: [{ field_name: form.radio, value: 'Savings' }] },
      { radio: [{ field_name: 'Savings', value: 'true', radio_group_name: form.radio }] },
      { radio: [{ field_name: 'Savings', value: true, radio_group_name: 'Payment' }] },
      { dropdown: [{ field_name: form.dropdown, value: 'France' }] },
      { listbox: [{ field_name: form.listbox, value: ['Overdraft'] }] },
      { listbox: [{ field_name: form.listbox, value: 'Mortgage' }] },
      { checkbox: [{ field_name: form.checkbox, value: 'true' }] },
      { text: [{ field_name: 'No such field', value: 'x' }] },
      { ...good, auto_save: 'no' },
      { ...good, signature: [] },
      { ...good, checkbox: [{ field_name: form.checkbox, value: 1 }] },
    ];
    for (const body of bad) await expectError(await api(token, 'PUT', `${path}/fields`, body), 400, INVALID);
    const fields = await fieldsOf(token, form.packageId, form.documentId);
    expect(fieldNamed(fields, text.required)).toMatchObject({ value: '', process_status: 'UN_PROCESSED' });
    expect(
      Object.values(fields)
        .flat()
        .every((f) => f['process_status'] === 'UN_PROCESSED'),
    ).toBe(true);
  });

  it('saves the documented body, which the next fields call and the request log show', async () => {
    const { access_token: token } = await tokensFor();
    await control('DELETE', 'log');
    const body = {
      auto_save: false,
      text: [
        { field_name: text.required, value: 'Alice Example' },
        { field_name: text.maxLength10, value: 'SW1A 1AA' },
        { field_name: text.email, value: 'alice@example.com' },
        { field_name: text.number, value: '2' },
        { field_name: text.date, value: '1990-04-02 00:00:00 +00' },
        { field_name: text.time, value: '09:30' },
        { field_name: text.alphanumeric, value: 'AB12CD' },
      ],
      checkbox: [{ field_name: form.checkbox, value: true }],
      radio: [{ field_name: 'Savings', value: true, radio_group_name: form.radio }],
      dropdown: [{ field_name: form.dropdown, value: 'Ireland' }],
      listbox: [{ field_name: form.listbox, value: 'Online banking' }],
    };
    const saved = await api(token, 'PUT', `${path}/fields`, body);
    expect([saved.status, await saved.text()]).toEqual([200, '']);
    const log = await control<{ method: string; path: string; body: unknown }[]>('GET', 'log');
    expect(log.find((e) => e.method === 'PUT')).toMatchObject({ path: `${path}/fields`, body });

    let fields = await fieldsOf(token, form.packageId, form.documentId);
    for (const kind of ['text', 'checkbox', 'dropdown', 'listbox'] as const) {
      for (const item of body[kind])
        expect(fieldNamed(fields, item.field_name), kind).toMatchObject({ value: item.value, process_status: 'PROCESSED', processed_by: alice.name });
    }
    expect(buttons(fields)).toEqual([
      ['Current', form.radio, false],
      ['Savings', form.radio, true],
      ['Joint', form.radio, false],
    ]);
    expect(fieldNamed(fields, 'Savings')).toMatchObject({ checked: true, process_status: 'PROCESSED' });

    // Choosing another button clears the first; the other date styles and an empty (cleared) value are fine too.
    const again = {
      radio: [{ field_name: 'Joint', value: true }],
      text: [
        { field_name: text.date, value: '31/12/2024' },
        { field_name: text.email, value: '' },
      ],
    };
    expect((await api(token, 'PUT', `${path}/fields`, again)).status).toBe(200);
    fields = await fieldsOf(token, form.packageId, form.documentId);
    expect(buttons(fields)).toEqual([
      ['Current', form.radio, false],
      ['Savings', form.radio, false],
      ['Joint', form.radio, true],
    ]);
    expect(fieldNamed(fields, text.date)?.['value']).toBe('31/12/2024');
  });

  it('serves fields page by page, and answers 404 for all pages when fieldsAllPages is off', async () => {
    const { access_token: token } = await tokensFor();
    const all = await fieldsOf(token, form.packageId, form.documentId);
    const pages: Record<string, Json[]>[] = [];
    for (const page of [1, 2]) pages.push((await (await api(token, 'GET', `${path}/fields/${page}`)).json()) as Record<string, Json[]>);
    expect(Object.keys(pages[0] ?? {})).toEqual(Object.keys(all));
    for (const kind of Object.keys(all)) expect([...(pages[0]?.[kind] ?? []), ...(pages[1]?.[kind] ?? [])], kind).toEqual(all[kind]);
    expect(pages[1]?.['initials']?.map((f) => f['field_name'])).toEqual([form.initials[1]]);
    await expectError(await api(token, 'GET', `${path}/fields/3`), 404, 'Page not found');
    await expectError(await api(token, 'GET', `${path}/fields/0`), 400, INVALID);

    await control('PATCH', 'settings', { fieldsAllPages: false });
    for (const version of ['v3', 'v4']) {
      const url = `/${version}/packages/${form.packageId}/documents/${form.documentId}/fields`;
      await expectError(await api(token, 'GET', `${url}?x=1`), 404, `No HTTP resource was found that matches the request URI '${url}'.`);
      expect((await api(token, 'GET', `${url}/1`)).status).toBe(200);
    }
    // Filling still uses PUT .../fields.
    expect((await api(token, 'PUT', `${path}/fields`, { text: [{ field_name: text.required, value: 'Alice' }] })).status).toBe(200);
  });
});

describe('sign checks', () => {
  it('checks the image, user_name, owner and state, ignores x-otp where none is needed, and records what was signed', async () => {
    const { access_token: token } = await tokensFor();
    const noOtp = FIXTURES.noOtp;
    const path = docPath(noOtp.packageId, noOtp.documentId);
    const sign = (body: Json, headers: Record<string, string> = {}): Promise<Response> =>
      api(token, 'POST', `${path}/sign`, { field_name: noOtp.fieldName, ...body }, headers);
    await expectError(await sign({ hand_signature_image: Buffer.from('GIF89a-not-a-png').toString('base64') }), 400, INVALID);
    await expectError(await sign({ hand_signature_image: 'not base64!' }), 400, INVALID);
    await expectError(await sign({ hand_signature_image: '' }), 400, INVALID);
    const details = {
      hand_signature_image: pngBase64(),
      signing_reason: 'Approved',
      signing_location: 'London',
      contact_information: '+44 20 7946 0000',
      appearance_design: 'HAND_SIGNATURE',
    };
    expect(await (await sign(details, { 'x-otp': 'ignored' })).json()).toMatchObject({ status: 'SIGNED' });
    await expectError(await sign({}), 400, INVALID);

    const kiosk = FIXTURES.kiosk;
    const inPerson = { field_name: kiosk.inPersonFieldName, hand_signature_image: pngBase64() };
    await expectError(await api(token, 'POST', `${docPath(kiosk.packageId, kiosk.noOtpDocumentId)}/sign`, inPerson), 400, INVALID);
    expect(
      await (await api(token, 'POST', `${docPath(kiosk.packageId, kiosk.noOtpDocumentId)}/sign`, { ...inPerson, user_name: 'Walk-up Customer' })).json(),
    ).toMatchObject({ status: 'SIGNED' });

    // Priya's fields: processed (Field gallery) or not yet her turn (serial), both someone else's.
    const gallery = FIXTURES.fieldGallery;
    await expectError(
      await api(token, 'POST', `${docPath(gallery.packageId, gallery.documentId)}/sign`, { field_name: 'Priya-Signature' }),
      403,
      NOT_AUTHORIZED,
    );
    const serial = FIXTURES.serialHandOff;
    await expectError(await api(token, 'POST', `${docPath(serial.packageId, serial.documentId)}/sign`, { field_name: 'Signature-2' }), 403, NOT_AUTHORIZED);

    expect(await control('GET', 'signatures')).toEqual([
      expect.objectContaining({
        package_id: noOtp.packageId,
        document_id: noOtp.documentId,
        field_name: noOtp.fieldName,
        method: 'digital_signature',
        signed_by: alice.name,
        user_name: null,
        has_image: true,
        signing_reason: 'Approved',
        signing_location: 'London',
        contact_information: '+44 20 7946 0000',
        appearance_design: 'HAND_SIGNATURE',
        otp_checked: false,
        status: 'SIGNED',
      }),
      expect.objectContaining({
        field_name: kiosk.inPersonFieldName,
        method: 'in_person_signature',
        signed_by: alice.name,
        user_name: 'Walk-up Customer',
        has_image: true,
      }),
    ]);
  });
});

describe('package actions', () => {
  it('hands a serial package to the next signer on finish', async () => {
    const { access_token: token } = await tokensFor();
    const serial = FIXTURES.serialHandOff;
    await expectError(await api(token, 'POST', `/v3/packages/${serial.packageId}/approve`), 403, NOT_AUTHORIZED);
    expect((await api(token, 'POST', `${docPath(serial.packageId, serial.documentId)}/sign`, { field_name: serial.fieldName })).status).toBe(200);
    const finished = await api(token, 'POST', `/v3/packages/${serial.packageId}/finish`);
    expect([finished.status, await finished.text()]).toEqual([200, '']);
    await expectError(await api(token, 'POST', `/v3/packages/${serial.packageId}/finish`), 403, NOT_AUTHORIZED);

    const pending = (await (await api(token, 'GET', '/v3/packages/PENDING/1/500')).json()) as Json[];
    expect(pending.some((p) => p['package_id'] === serial.packageId)).toBe(false);
    // The change moves it to the top of ALL.
    const [top] = (await (await api(token, 'GET', '/v3/packages/ALL/1/5')).json()) as Json[];
    expect(top).toMatchObject({
      package_id: serial.packageId,
      package_status: 'INPROGRESS',
      next_signer: serial.nextSigner,
      next_signer_email: [{ user_name: serial.nextSigner }],
    });
  });

  it('approves as reviewer and submits as editor, once each and only in that role', async () => {
    const { access_token: token } = await tokensFor();
    const { reviewer, editor } = FIXTURES;
    const act = (id: number, action: string, body?: unknown): Promise<Response> => api(token, 'POST', `/v3/packages/${id}/${action}`, body);
    await expectError(await act(reviewer.packageId, 'submit'), 403, NOT_AUTHORIZED);
    await expectError(await act(reviewer.packageId, 'finish'), 403, NOT_AUTHORIZED);
    await expectError(await act(editor.packageId, 'approve'), 403, NOT_AUTHORIZED);
    await expectError(await act(editor.packageId, 'finish'), 403, NOT_AUTHORIZED);

    for (const [fx, action, done] of [
      [reviewer, 'approve', 'REVIEWED'],
      [editor, 'submit', 'EDITED'],
    ] as const) {
      const response = await act(fx.packageId, action, action === 'approve' ? { reason: 'Looks right' } : undefined);
      expect([response.status, await response.text()]).toEqual([200, '']);
      await expectError(await act(fx.packageId, action), 403, NOT_AUTHORIZED);
      const workflow = (await (await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).json()) as Json & { users: Json[] };
      expect(workflow).toMatchObject({ package_status: 'INPROGRESS', next_signer: fx.nextSigner, workflow: { read_only: true } });
      expect(workflow.users[0]).toMatchObject({ user_email: alice.email, role: fx.role, process_status: done });
    }

    expect((await act(FIXTURES.noOtp.packageId, 'decline', { reason: 'No' })).status).toBe(200);
    await expectError(await act(FIXTURES.noOtp.packageId, 'decline', { reason: 'No' }), 403, NOT_AUTHORIZED);
  });

  it('runs the keyboard flow fixture end to end; Welcome pack stays one OTP signature', async () => {
    const { access_token: token } = await tokensFor();
    const welcomeFields = Object.values(await fieldsOf(token, welcome.packageId, welcome.documentId)).flat();
    expect(welcomeFields).toEqual([
      expect.objectContaining({
        field_name: welcome.fieldName,
        authentication: expect.objectContaining({ sms_otp: expect.objectContaining({ enabled: true }) }),
      }),
    ]);

    const keys = FIXTURES.keyboardFlow;
    const path = docPath(keys.packageId, keys.documentId);
    const fields = await fieldsOf(token, keys.packageId, keys.documentId);
    expect(fields['text']).toEqual([expect.objectContaining({ field_name: keys.textFieldName, validation_rule: 'MANDATORY' })]);
    expect(fields['initials']?.map((f) => f['field_name'])).toEqual(keys.initials);
    expect(fields['digital_signature']).toEqual([
      expect.objectContaining({ field_name: keys.fieldName, authentication: expect.objectContaining({ enabled: true }) }),
    ]);
    expect(Object.values(fields).flat()).toHaveLength(4);

    expect((await api(token, 'PUT', `${path}/fields`, { text: [{ field_name: keys.textFieldName, value: 'Alice Example' }] })).status).toBe(200);
    expect((await api(token, 'POST', `${path}/initial`, { field_name: keys.initials[0], image: pngBase64(), apply_to_all: true })).status).toBe(200);
    expect((await api(token, 'POST', `${path}/otp`, { field_name: keys.fieldName })).status).toBe(200);
    const code = (await outbox()).at(-1)?.code ?? '';
    expect(await (await api(token, 'POST', `${path}/sign`, { field_name: keys.fieldName }, { 'x-otp': code })).json()).toMatchObject({ status: 'SIGNED' });
    expect(
      Object.values(await fieldsOf(token, keys.packageId, keys.documentId))
        .flat()
        .every((f) => f['process_status'] === 'PROCESSED'),
    ).toBe(true);
    expect((await api(token, 'POST', `/v3/packages/${keys.packageId}/finish`)).status).toBe(200);
    expect(await (await api(token, 'GET', `/v3/packages/${keys.packageId}/workflow`)).json()).toMatchObject({ package_status: 'COMPLETED' });
    const signed = await control<Json[]>('GET', 'signatures');
    expect(signed.map((r) => [r['field_name'], r['method'], r['otp_checked']])).toEqual([
      [keys.initials[0], 'initials', false],
      [keys.initials[1], 'initials', false],
      [keys.fieldName, 'digital_signature', true],
    ]);
  });
});

describe('large seeds', () => {
  it('answers each page of 10000 packages in a few milliseconds', async () => {
    const big = await startSandbox({ port: 0, packages: 10_000 });
    try {
      const grant = await fetch(
        `${big.url}/authenticate`,
        formPost({ grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.clientSecret, username: alice.email, password: alice.password }),
      );
      const { access_token: token } = (await grant.json()) as { access_token: string };
      const headers = { authorization: `Bearer ${token}` };
      const times: number[] = [];
      for (const [status, page] of [
        ['ALL', 1],
        ['ALL', 150],
        ['PENDING', 1],
        ['PENDING', 40],
        ['COMPLETED', 7],
      ] as const) {
        for (let i = 0; i < 6; i++) {
          const started = performance.now();
          const response = await fetch(`${big.url}/v3/packages/${status}/${page}/50`, { headers });
          expect(((await response.json()) as unknown[]).length).toBe(50);
          times.push(performance.now() - started);
        }
      }
      times.sort((a, b) => a - b);
      // Loose bound for slow CI machines; locally the median is about 1 ms.
      expect(times[Math.floor(times.length / 2)]).toBeLessThan(25);
    } finally {
      await big.close();
    }
  });
});

describe('control API', () => {
  it('injects status, malformed JSON, dropped connections, latency and counted faults', async () => {
    const { access_token: token } = await tokensFor();
    await control('POST', 'faults', { method: 'GET', path: '^/v3/about$', status: 503, message: 'Down for maintenance', times: 1 });
    await expectError(await fetch(`${base}/v3/about`), 503, 'Down for maintenance');
    expect((await fetch(`${base}/v3/about`)).status).toBe(200);

    await control('POST', 'faults', { path: '/packages/ALL/', malformedJson: true, times: 1 });
    const malformed = await api(token, 'GET', '/v3/packages/ALL/1/5');
    expect(malformed.status).toBe(200);
    await expect(malformed.json()).rejects.toThrow();

    await control('POST', 'faults', { path: '/workflow$', drop: true, times: 1 });
    await expect(api(token, 'GET', `/v3/packages/${welcome.packageId}/workflow`)).rejects.toThrow();

    await control('POST', 'faults', { path: '/open$', latencyMs: 300, times: 1 });
    const started = Date.now();
    expect((await api(token, 'GET', `/v3/packages/${welcome.packageId}/open`)).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);

    const log = await control<{ path: string; status: number | null; headers: Json }[]>('GET', 'log');
    expect(log.map((e) => e.status)).toEqual(expect.arrayContaining([503, 200, null]));
    expect(log.some((e) => e.path === `/v3/packages/${welcome.packageId}/workflow` && e.status === null)).toBe(true);
    expect(log.every((e) => !e.path.startsWith('/_sandbox'))).toBe(true);

    await control('POST', 'faults', { path: '.*', status: 500 });
    await expectError(await fetch(`${base}/v3/about`), 500, 'An internal server error occurred while processing the request');
    await control('DELETE', 'faults');
    expect((await fetch(`${base}/v3/about`)).status).toBe(200);

    const badFault = await fetch(`${base}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ path: '(' }),
    });
    expect(badFault.status).toBe(400);
  });

  it('logs what the client sent', async () => {
    await control('DELETE', 'log');
    const { access_token: token } = await tokensFor();
    await api(token, 'POST', `${docPath(welcome.packageId, welcome.documentId)}/otp?x=1`, { field_name: welcome.fieldName });
    const log = await control<{ seq: number; method: string; path: string; query: Json; headers: Json; body: unknown; status: number }[]>('GET', 'log');
    expect(log.map((e) => e.seq)).toEqual([1, 2]);
    expect(log[0]).toMatchObject({ method: 'POST', path: '/authenticate', body: { grant_type: 'password', username: alice.email }, status: 200 });
    expect(log[1]).toMatchObject({
      path: `${docPath(welcome.packageId, welcome.documentId)}/otp`,
      query: { x: '1' },
      body: { field_name: welcome.fieldName },
      status: 200,
    });
    expect(log[1]?.headers['authorization']).toBe(`Bearer ${token}`);
  });

  it('expires access tokens while refresh tokens keep working', async () => {
    const tokens = await tokensFor();
    await control('POST', 'expire-tokens');
    await expectError(await api(tokens.access_token, 'GET', '/v3/packages/ALL/1/5'), 401, 'Invalid or expired access token');
    const refreshed = (await (await refreshGrant(tokens.refresh_token)).json()) as { access_token: string };
    expect((await api(refreshed.access_token, 'GET', '/v3/packages/ALL/1/5')).status).toBe(200);
  });

  it('resets to the seed state', async () => {
    const { access_token: token } = await tokensFor();
    const path = docPath(FIXTURES.noOtp.packageId, FIXTURES.noOtp.documentId);
    expect((await api(token, 'POST', `${path}/sign`, { field_name: FIXTURES.noOtp.fieldName })).status).toBe(200);
    await api(token, 'POST', `${docPath(welcome.packageId, welcome.documentId)}/otp`, { field_name: welcome.fieldName });
    await control('POST', 'faults', { path: '^/nothing$', status: 500 });
    await control('POST', 'reset');
    expect(await outbox()).toEqual([]);
    expect(await control('GET', 'log')).toEqual([]);
    expect(await control('GET', 'faults')).toEqual([]);
    const fields = (await (await api(token, 'GET', `${path}/fields`)).json()) as Record<string, Json[]>;
    expect(fields['digital_signature']?.[0]?.['process_status']).toBe('UN_PROCESSED');
  });

  it('produces identical data in two sandboxes', async () => {
    const other = await startSandbox({ port: 0 });
    try {
      const snapshot = async (url: string): Promise<unknown[]> => {
        const grant = await fetch(
          `${url}/authenticate`,
          formPost({ grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.clientSecret, username: alice.email, password: alice.password }),
        );
        const { access_token: token } = (await grant.json()) as { access_token: string };
        const headers = { authorization: `Bearer ${token}` };
        const list = await (await fetch(`${url}/v3/packages/ALL/1/500`, { headers })).json();
        const workflow = await (await fetch(`${url}/v3/packages/${FIXTURES.firstGeneratedId + 4}/workflow`, { headers })).json();
        const fields = await (
          await fetch(`${url}/v3/packages/${FIXTURES.firstGeneratedId}/documents/${FIXTURES.firstGeneratedId * 10 + 1}/fields`, { headers })
        ).json();
        const image = Buffer.from(
          await (await fetch(`${url}/v3/packages/${welcome.packageId}/documents/${welcome.documentId}/images/2/200x280`, { headers })).arrayBuffer(),
        ).toString('base64');
        return [list, workflow, fields, image];
      };
      const [ours, theirs] = await Promise.all([snapshot(base), snapshot(other.url)]);
      expect((ours?.[0] as unknown[]).length).toBeGreaterThan(60);
      expect(theirs).toEqual(ours);
    } finally {
      await other.close();
    }
  });
});

describe('command line', () => {
  it('rejects a bad port with one clear line and exit code 2', async () => {
    const cli = fileURLToPath(new URL('../sandbox/cli.ts', import.meta.url));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', cli, '--port', 'abc'], (error, _stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr });
      });
    });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining('--port must be a whole number')]);
  });
});

describe('control API exposure', () => {
  const get = (headers: Record<string, string>, path = '/_sandbox/outbox') =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(base);
      request({ host: url.hostname, port: url.port, path, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end();
    });

  it('answers loopback callers only, so a web page cannot read codes or reset it', async () => {
    const host = new URL(base).host;
    expect(await get({ host })).toBe(200);
    expect(await get({ host: 'rebound.example:80' })).toBe(403);
    expect(await get({ host, origin: 'https://evil.example' })).toBe(403);
    expect(await get({ host, origin: `http://${host}` })).toBe(200);
  });

  it('decides on the decoded path, so an escaped control path is refused to foreign callers too', async () => {
    const host = new URL(base).host;
    for (const path of ['/%5Fsandbox/outbox', '/%5fsandbox/outbox', '/_sandbox/%6Futbox', '/%5F%73andbox/totp']) {
      // The router decodes the escapes and serves the control route to this computer...
      expect(await get({ host }, path)).toBe(200);
      // ...so the check must see the same decoded path.
      expect(await get({ host: 'rebound.example:80' }, path)).toBe(403);
      expect(await get({ host, origin: 'https://evil.example' }, path)).toBe(403);
    }
  });
});

describe('dropAfter fault', () => {
  it('does the work, then drops the connection instead of answering', async () => {
    const fault = await fetch(`${base}/_sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ method: 'POST', path: '/otp$', dropAfter: true, times: 1 }),
    });
    expect(fault.status).toBe(200);
    const token = (await tokensFor(DEMO.users.alice)).access_token;
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    await expect(
      fetch(`${base}/v3/packages/${packageId}/documents/${documentId}/otp`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ field_name: fieldName }),
      }),
    ).rejects.toThrow();
    const outbox = (await (await fetch(`${base}/_sandbox/outbox`)).json()) as { field_name: string }[];
    expect(outbox.some((e) => e.field_name === fieldName)).toBe(true);
  });
});

describe('codes, answers and values of real servers', () => {
  const signAt = (token: string, fx: { packageId: number; documentId: number }, fieldName: string, headers: Record<string, string> = {}): Promise<Response> =>
    api(token, 'POST', `${docPath(fx.packageId, fx.documentId)}/sign`, { field_name: fieldName }, headers);
  const requestCode = (token: string, fx: { packageId: number; documentId: number }, fieldName: string): Promise<Response> =>
    api(token, 'POST', `${docPath(fx.packageId, fx.documentId)}/otp`, { field_name: fieldName });

  it('signs a hand_signature field, which carries no authentication members, like an electronic one', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.handSignature;
    const fields = await fieldsOf(token, fx.packageId, fx.documentId);
    expect(fields['hand_signature']).toEqual([expect.objectContaining({ field_name: fx.fieldName, process_status: 'UN_PROCESSED' })]);
    expect(fields['hand_signature']?.[0]).not.toHaveProperty('authentication');
    expect(await (await signAt(token, fx, fx.fieldName)).json()).toMatchObject({ field_name: fx.fieldName, status: 'SIGNED' });
    expect(fieldNamed(await fieldsOf(token, fx.packageId, fx.documentId), fx.fieldName)).toMatchObject({ process_status: 'PROCESSED', type: 'SIGNED' });
    expect(await control('GET', 'signatures')).toEqual([expect.objectContaining({ field_name: fx.fieldName, method: 'hand_signature', otp_checked: false })]);
  });

  it('demands a code the field does not announce, texted by the field OTP call', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.serverDemandsOtp;
    expect(fieldNamed(await fieldsOf(token, fx.packageId, fx.documentId), fx.fieldName)).toMatchObject({
      authentication: { enabled: false, sms_otp: { enabled: false }, totp: { enabled: false } },
    });
    await expectKeyed(await signAt(token, fx, fx.fieldName), OTP_REQUIRED);
    expect((await requestCode(token, fx, fx.fieldName)).status).toBe(200);
    const sms = (await outbox()).at(-1);
    expect(sms).toMatchObject({ to: alice.mobile, package_id: fx.packageId, document_id: fx.documentId, field_name: fx.fieldName });
    expect(sms?.code).toMatch(/^\d{6}$/);
    await expectError(
      await signAt(token, fx, fx.fieldName, { 'x-otp': sms?.code === '000000' ? '111111' : '000000' }),
      403,
      'The One Time Password (OTP) does not match',
    );
    expect(await (await signAt(token, fx, fx.fieldName, { 'x-otp': sms?.code ?? '' })).json()).toMatchObject({ status: 'SIGNED' });
    expect(await control('GET', 'signatures')).toEqual([expect.objectContaining({ field_name: fx.fieldName, otp_checked: true })]);
  });

  it('signs a TOTP field with the current authenticator code (one step either side), with no SMS', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.totp;
    const app = new TOTP({ secret: Secret.fromBase32(fx.totpSecret), digits: 6, period: 30, algorithm: 'SHA1' });
    expect(fieldNamed(await fieldsOf(token, fx.packageId, fx.documentId), fx.fieldName)).toMatchObject({
      authentication: { enabled: true, sms_otp: { enabled: false }, totp: { enabled: true } },
    });
    const listed = await control<Json[]>('GET', 'totp');
    expect(listed).toEqual([{ package_id: fx.packageId, document_id: fx.documentId, field_name: fx.fieldName, code: expect.stringMatching(/^\d{6}$/) }]);
    const now = Date.now();
    expect([app.generate({ timestamp: now }), app.generate({ timestamp: now - 30_000 }), app.generate({ timestamp: now + 30_000 })]).toContain(
      listed[0]?.['code'],
    );

    const noSms = await requestCode(token, fx, fx.fieldName);
    expect(noSms.status).toBe(400);
    expect(((await noSms.json()) as Json)['Message']).toMatch(/authenticator app/);
    expect(await outbox()).toEqual([]);
    await expectKeyed(await signAt(token, fx, fx.fieldName), OTP_REQUIRED);
    const stale = app.generate({ timestamp: now - 5 * 60_000 });
    if (![-1, 0, 1].some((step) => app.generate({ timestamp: now + step * 30_000 }) === stale)) {
      await expectError(await signAt(token, fx, fx.fieldName, { 'x-otp': stale }), 403, 'The One Time Password (OTP) does not match');
    }
    const previousStep = app.generate({ timestamp: Date.now() - 30_000 });
    expect(await (await signAt(token, fx, fx.fieldName, { 'x-otp': previousStep })).json()).toMatchObject({ status: 'SIGNED' });
    expect(await control('GET', 'signatures')).toEqual([expect.objectContaining({ field_name: fx.fieldName, otp_checked: true })]);
  });

  it('answers Sign with 200 and an empty body, and the field is signed', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.emptySignAnswer;
    const signed = await signAt(token, fx, fx.fieldName);
    expect([signed.status, await signed.text()]).toEqual([200, '']);
    expect(fieldNamed(await fieldsOf(token, fx.packageId, fx.documentId), fx.fieldName)).toMatchObject({
      process_status: 'PROCESSED',
      processed_by: alice.name,
    });
    expect(await (await api(token, 'POST', `${docPath(fx.packageId, fx.documentId)}/field/status`, { field_name: fx.fieldName })).json()).toEqual({
      status: 'SIGNED',
    });
  });

  it('texts codes of 4 and 9 digits as the fields announce', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.codeLengths;
    const fields = await fieldsOf(token, fx.packageId, fx.documentId);
    for (const { fieldName, length } of fx.fields) {
      expect(fieldNamed(fields, fieldName)).toMatchObject({ authentication: { enabled: true, sms_otp: { enabled: true, otp_length: length } } });
      expect((await requestCode(token, fx, fieldName)).status).toBe(200);
      const code = (await outbox()).at(-1)?.code ?? '';
      expect(code).toMatch(new RegExp(`^\\d{${length}}$`));
      expect(await (await signAt(token, fx, fieldName, { 'x-otp': code })).json()).toMatchObject({ status: 'SIGNED' });
    }
  });

  it('shows production workflow values: SHARED, ELECTRONIC_SEAL, INVALID and +0000 dates', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.realWorkflowValues;
    const workflow = (await (await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).json()) as Json & { users: Json[]; documents: Json[] };
    expect(workflow).toMatchObject({
      package_status: fx.packageStatus,
      next_signer: alice.name,
      workflow: { workflow_status: fx.workflowStatus, read_only: false },
    });
    expect(workflow.users.map((u) => [u['order'], u['role'], u['process_status']])).toEqual([
      [1, 'ELECTRONIC_SEAL', 'SIGNED'],
      [2, 'SIGNER', 'INVALID'],
      [fx.order, 'SIGNER', 'UN_PROCESSED'],
    ]);
    for (const date of [workflow['uploaded_on'], workflow['modified_on'], workflow.documents[0]?.['created_on'], workflow.users[0]?.['processed_on']]) {
      expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    }
    const listed = async (status: string): Promise<boolean> =>
      ((await (await api(token, 'GET', `/v3/packages/${status}/1/100`)).json()) as Json[]).some((p) => p['package_id'] === fx.packageId);
    expect([await listed('ALL'), await listed('INPROGRESS'), await listed('PENDING')]).toEqual([true, true, false]);
    expect(await (await signAt(token, fx, fx.fieldName)).json()).toMatchObject({ status: 'SIGNED' });
  });

  it('writes dates in every style: short fractions without a zone, +0000, and the older ones', async () => {
    const { access_token: token } = await tokensFor();
    const fx = FIXTURES.dateFormats;
    const workflow = (await (await api(token, 'GET', `/v3/packages/${fx.packageId}/workflow`)).json()) as Json & { documents: Json[] };
    expect(workflow['modified_on']).toBe(fx.zoneLessModifiedOn);
    for (const date of [workflow['uploaded_on'], workflow.documents[0]?.['modified_on']]) expect(date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.39$/);
    const all = (await (await api(token, 'GET', '/v3/packages/ALL/1/500')).json()) as Json[];
    const styles = new Set(
      all.map((p) => {
        const date = String(p['modified_on']);
        return date.endsWith('Z')
          ? 'zulu'
          : date.endsWith('+0000')
            ? 'offset'
            : date.includes(' ')
              ? 'space'
              : /\.\d{3}$/.test(date)
                ? 'fraction'
                : /\.\d{1,2}$/.test(date)
                  ? 'short fraction'
                  : 'plain';
      }),
    );
    expect(styles).toEqual(new Set(['plain', 'zulu', 'space', 'fraction', 'offset', 'short fraction']));
  });
});

describe('fault headers and content types', () => {
  const authenticate = (): Promise<Response> => passwordGrant(alice);

  it('sends a 302 with a Location, an HTML 502 and a 429 with Retry-After', async () => {
    const { access_token: token } = await tokensFor();
    await control('POST', 'faults', { method: 'GET', path: '/workflow$', status: 302, headers: { location: 'https://login.example.com/sso' }, times: 1 });
    const redirect = await fetch(`${base}/v3/packages/${welcome.packageId}/workflow`, { headers: { authorization: `Bearer ${token}` }, redirect: 'manual' });
    expect([redirect.status, redirect.headers.get('location')]).toEqual([302, 'https://login.example.com/sso']);
    expect((await api(token, 'GET', `/v3/packages/${welcome.packageId}/workflow`)).status).toBe(200);

    const page = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    await control('POST', 'faults', { path: '/packages/ALL/', status: 502, contentType: 'text/html', body: page, times: 1 });
    const gateway = await api(token, 'GET', '/v3/packages/ALL/1/5');
    expect([gateway.status, gateway.headers.get('content-type'), await gateway.text()]).toEqual([502, 'text/html', page]);

    await control('POST', 'faults', { method: 'POST', path: '^/authenticate$', status: 429, headers: { 'Retry-After': '2' }, times: 1 });
    const limited = await authenticate();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    expect((await authenticate()).status).toBe(200);
  });

  it('adds headers alone to the route’s own answer, and refuses bad header or content type options', async () => {
    await control('POST', 'faults', { method: 'POST', path: '^/authenticate$', headers: { 'x-change-password': 'true' }, times: 1 });
    const answered = await authenticate();
    expect([answered.status, answered.headers.get('x-change-password')]).toEqual([200, 'true']);
    expect(await answered.json()).toHaveProperty('access_token');
    expect((await authenticate()).headers.get('x-change-password')).toBeNull();

    for (const bad of [
      { path: '.*', status: 302, headers: ['location'] },
      { path: '.*', status: 302, headers: { 'bad name': 'x' } },
      { path: '.*', status: 302, headers: { location: 'a\r\nb' } },
      { path: '.*', status: 302, headers: { location: 1 } },
      { path: '.*', contentType: 'text/html' },
      { path: '.*', status: 502, contentType: 'html' },
    ]) {
      const response = await fetch(`${base}/_sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(bad) });
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
  });
});

describe('command line start-up', () => {
  it('prints the demo accounts and the TOTP fixture’s secret and current code', async () => {
    const cli = fileURLToPath(new URL('../sandbox/cli.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0', '--packages', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('Press Ctrl+C to stop.')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}: ${out}`)));
      });
      const fx = FIXTURES.totp;
      expect(out).toContain(`secret ${fx.totpSecret}, current code `);
      const printed = /current code (\d{6})/.exec(out)?.[1];
      const app = new TOTP({ secret: Secret.fromBase32(fx.totpSecret) });
      expect([-1, 0].map((step) => app.generate({ timestamp: Date.now() + step * 30_000 }))).toContain(printed);
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1] ?? '';
      expect(await (await fetch(`${url}/_sandbox/totp`)).json()).toEqual([expect.objectContaining({ package_id: fx.packageId, field_name: fx.fieldName })]);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

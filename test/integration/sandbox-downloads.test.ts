// The sandbox's downloads, verification and package log: real PDF and ZIP bytes, entries that follow
// the signatures made, the draft-mode refusal and the mid-body faults.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../sandbox/server';
import type { Sandbox } from '../sandbox/server';
import { DEMO, FIXTURES } from '../sandbox/seed';
import { addFault, resetSandbox, sandboxDownloads } from '../support/sandbox-control';

const lease = FIXTURES.signedLease;
let sandbox: Sandbox;
let token: string;

/** alice's access token from a password grant. */
async function signIn(): Promise<string> {
  const { alice } = DEMO.users;
  const form = { grant_type: 'password', client_id: DEMO.clientId, client_secret: DEMO.clientSecret, username: alice.email, password: alice.password };
  const response = await fetch(`${sandbox.url}/authenticate`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A GET with alice's token. */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/octet-stream', ...headers } });

/** Signs one of alice's fields without OTP. */
async function sign(packageId: number, documentId: number, fieldName: string): Promise<void> {
  const response = await fetch(`${sandbox.url}/v3/packages/${packageId}/documents/${documentId}/sign`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ field_name: fieldName, signing_reason: 'Tenant', signing_location: 'Leeds', contact_information: 'alice@example.com' }),
  });
  expect(response.status).toBe(200);
}

beforeAll(async () => {
  sandbox = await startSandbox({ packages: 5 });
  token = await signIn();
});
afterAll(async () => sandbox.close());
beforeEach(async () => resetSandbox(sandbox.url));

describe('downloads', () => {
  it('answers a document as a real PDF with its name in Content-Disposition, the same bytes each time', async () => {
    const path = `/v3/packages/${lease.packageId}/documents/${lease.documentId}`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/octet-stream');
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${lease.documentName}"; filename*=UTF-8''Lease%20renewal.pdf`);
    const bytes = new Uint8Array(await first.arrayBuffer());
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getTitle()).toBe(lease.documentName);
    const again = new Uint8Array(await (await get(path)).arrayBuffer());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const [record] = await sandboxDownloads(sandbox.url);
    expect(record).toMatchObject({ path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('answers a package of several documents as a ZIP of their PDFs, and one document as its PDF', async () => {
    const zip = await get(`/v3/packages/${lease.packageId}`);
    expect(zip.headers.get('content-disposition')).toContain('filename="Lease renewal (verification).zip"');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)).toEqual([lease.documentName, lease.rulesDocumentName]);
    const single = new Uint8Array(await (await get(`/v3/packages/${lease.packageId}/documents/${lease.documentId}`)).arrayBuffer());
    expect(Buffer.from(files[lease.documentName] ?? []).equals(Buffer.from(single))).toBe(true);
    const one = await get(`/v3/packages/${FIXTURES.noOtp.packageId}`);
    expect(one.headers.get('content-disposition')).toContain('filename="Supplier agreement.pdf"');
    const picked = await get(`/v4/packages/${lease.packageId}?document-ids=${lease.rulesDocumentId}`);
    expect(picked.headers.get('content-disposition')).toContain(`filename="${lease.rulesDocumentName}"`);
  });

  it('answers the evidence report as a PDF', async () => {
    const response = await get(`/v3/packages/${lease.packageId}/report`);
    expect(response.headers.get('content-disposition')).toContain('evidence report.pdf');
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
  });

  it('guards a protected package with its password, and refuses a draft', async () => {
    const p = FIXTURES.passwordProtected;
    const locked = await get(`/v3/packages/${p.packageId}/documents/${p.documentId}`);
    expect(locked.status).toBe(403);
    expect(await locked.json()).toEqual({ Error: 'password_required', Message: 'Password authentication is required' });
    const open = await get(`/v3/packages/${p.packageId}/documents/${p.documentId}`, { 'x-password': p.password });
    expect(open.status).toBe(200);
    const list = await fetch(`${sandbox.url}/v3/packages/DRAFT/1/1`, { headers: { authorization: `Bearer ${token}` } });
    const [draft] = (await list.json()) as { package_id: number }[];
    const refused = await get(`/v3/packages/${draft?.package_id}`);
    expect({ status: refused.status, body: await refused.json() }).toEqual({
      status: 400,
      body: { Message: 'Downloading document is not allowed in draft mode' },
    });
  });

  it('cuts a body halfway for dropMidBody, keeping the full Content-Length', async () => {
    await addFault(sandbox.url, { path: `/documents/${lease.documentId}$`, dropMidBody: true, times: 1 });
    const response = await get(`/v3/packages/${lease.packageId}/documents/${lease.documentId}`);
    expect(Number(response.headers.get('content-length'))).toBeGreaterThan(0);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});

describe('verification and history', () => {
  it('lists the signatures made, with the seeded INVALID one and its error_message on v4', async () => {
    const path = (v: string) => `/${v}/packages/${lease.packageId}/documents/${lease.documentId}/verification`;
    const before = (await (await get(path('v4'), { accept: 'application/json', 'x-base64': 'false' })).json()) as Record<string, unknown>[];
    expect(before).toEqual([expect.objectContaining({ field_name: lease.priyaFieldName, signature_status: 'INVALID', error_message: lease.invalidMessage })]);
    await sign(lease.packageId, lease.documentId, lease.fieldName);
    const after = (await (await get(path('v4'), { accept: 'application/json' })).json()) as Record<string, unknown>[];
    expect(after[1]).toMatchObject({
      field_name: lease.fieldName,
      signer_name: DEMO.users.alice.name,
      signature_status: 'VALID',
      signing_reason: 'Tenant',
      signing_location: 'Leeds',
      contact_information: 'alice@example.com',
      page_number: 1,
      error_message: '',
    });
    const v3 = (await (await get(path('v3'), { accept: 'application/json' })).json()) as Record<string, unknown>[];
    expect(v3[0]).not.toHaveProperty('error_message');
  });

  it('logs the history, paged on v4 with x-total-records', async () => {
    await sign(lease.packageId, lease.documentId, lease.fieldName);
    const all = (await (await get(`/v3/packages/${lease.packageId}/log`, { accept: 'application/json' })).json()) as Record<string, unknown>[];
    expect(all.map((e) => e['action_type'])).toEqual(['DOCUMENT_UPLOADED', 'DOCUMENT_SHARED', 'DOCUMENT_SIGNED', 'DOCUMENT_SIGNED']);
    expect(all[3]).toMatchObject({ user_name: DEMO.users.alice.name, information: `${lease.fieldName} on ${lease.documentName}` });
    const page = await get(`/v4/packages/${lease.packageId}/log/2/3`, { accept: 'application/json' });
    expect(page.headers.get('x-total-records')).toBe('4');
    expect(((await page.json()) as unknown[]).length).toBe(1);
  });
});

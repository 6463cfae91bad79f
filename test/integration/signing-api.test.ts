import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, latestCode, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { createMainHarness, failureOf, type MainHarness } from '../support/main-harness.js';

let sandbox: Sandbox;
let harness: MainHarness;
let table: HandlerTable;

/** A tiny real PNG, as the sign dialog would send it. */
function pngBase64(): string {
  const png = new PNG({ width: 4, height: 2 });
  png.data.fill(0);
  return PNG.sync.write(png).toString('base64');
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  harness = await createMainHarness(sandbox.url);
  table = harness.table;
  await harness.signIn();
});
afterEach(() => harness.dispose());

describe('signing through the main process against the sandbox', () => {
  it('signs with the OTP in the x-otp header only, and remembers the details per user', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.welcomePack;
    await table.requestOtp({ packageId, documentId, fieldName });
    const code = (await latestCode(sandbox.url, fieldName))!.code;
    await clearLog(sandbox.url);
    const wrong = await failureOf(table.signField({ packageId, documentId, fieldName, otp: code === '000000' ? '111111' : '000000', method: 'drawn', image: pngBase64() }));
    expect(wrong).toMatchObject({ kind: 'forbidden', status: 403, message: 'The One Time Password (OTP) does not match' });
    const signed = await table.signField({ packageId, documentId, fieldName, otp: code, method: 'drawn', image: pngBase64(), reason: 'I agree', location: 'Leeds', contact: '0113 496 0000' });
    expect(signed.status).toBe('SIGNED');
    const posts = (await requestLog(sandbox.url)).filter((e) => e.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.headers['x-otp']).toBe(code);
    expect(posts[1]!.body).toEqual({ field_name: fieldName, hand_signature_image: pngBase64(), signing_reason: 'I agree', signing_location: 'Leeds', contact_information: '0113 496 0000' });
    expect(JSON.stringify(posts[1]!.body)).not.toContain(code);
    expect(await table.getSigningPreferences(undefined)).toEqual({ reason: 'I agree', location: 'Leeds', contact: '0113 496 0000' });
    const { fields } = await table.getDocumentFields({ packageId, documentId });
    expect(fields.find((f) => f.name === fieldName)?.processed).toBe(true);
  });

  it('signs a field that needs no OTP with the stored appearance, fills initials, then finishes', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.noOtp;
    await table.fillInitials({ packageId, documentId, fieldName: 'Initials-1', image: pngBase64(), applyToAll: true });
    await clearLog(sandbox.url);
    expect((await table.signField({ packageId, documentId, fieldName, method: 'stored' })).status).toBe('SIGNED');
    const [sign] = await requestLog(sandbox.url);
    expect(sign!.body).toEqual({ field_name: fieldName });
    expect(sign!.headers['x-otp']).toBeUndefined();
    await table.finishPackage({ packageId });
    const pending = await table.listPackages({ status: 'PENDING', page: 1, pageSize: 100 });
    expect(pending.items.map((p) => p.id)).not.toContain(packageId);
  });

  it('follows a remote approval from PENDING to SIGNED', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.remoteApproval;
    const outcome = await table.signField({ packageId, documentId, fieldName, method: 'stored' });
    expect(outcome.status).toBe('PENDING');
    let status = 'PENDING';
    for (let i = 0; i < 40 && status === 'PENDING'; i += 1) {
      status = (await table.getFieldStatus({ packageId, documentId, fieldName })).status;
      if (status === 'PENDING') await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('SIGNED');
  });

  it('saves form fields and reads the values back', async () => {
    const { packageId, documentId } = FIXTURES.fieldGallery;
    await table.saveFormFields({
      packageId,
      documentId,
      values: [
        { fieldName: 'Full name', kind: 'text', value: 'Alice Example' },
        { fieldName: 'Agree terms', kind: 'checkbox', value: true },
        { fieldName: 'Services', kind: 'listbox', value: ['Payroll', 'Travel'] },
      ],
    });
    const [put] = (await requestLog(sandbox.url)).filter((e) => e.method === 'PUT');
    expect(put!.body).toEqual({
      text: [{ field_name: 'Full name', value: 'Alice Example' }],
      checkbox: [{ field_name: 'Agree terms', value: true }],
      listbox: [{ field_name: 'Services', value: ['Payroll', 'Travel'] }],
    });
    const { fields } = await table.getDocumentFields({ packageId, documentId });
    const byName = new Map(fields.map((f) => [f.name, f]));
    expect(byName.get('Full name')).toMatchObject({ value: 'Alice Example', required: true, maxLength: 60 });
    expect(byName.get('Agree terms')?.value).toBe(true);
    expect(byName.get('Services')).toMatchObject({ value: ['Payroll', 'Travel'], options: ['Payroll', 'Pensions', 'Benefits', 'Travel'] });
    expect(byName.get('Email')?.formatType).toBe('EMAIL');
    expect(byName.get('Signature-1')?.box).toMatchObject({ pageWidth: 794, pageHeight: 1123 });
  });

  it('renders a page as a PNG data URL of the asked size', async () => {
    const { packageId, documentId } = FIXTURES.welcomePack;
    const image = await table.getPageImage({ packageId, documentId, page: 1, width: 400, height: 566 });
    expect(image.dataUrl).toMatch(/^data:image\/png;base64,/);
    const png = PNG.sync.read(Buffer.from(image.dataUrl.split(',')[1]!, 'base64'));
    expect([png.width, png.height]).toEqual([400, 566]);
    expect((await failureOf(table.getPageImage({ packageId, documentId, page: 99, width: 400, height: 566 }))).message).toBe('Page not found');
  });

  it('declines with a reason and keeps the server message on a second try', async () => {
    const { packageId } = FIXTURES.welcomePack;
    await table.declinePackage({ packageId, reason: 'Wrong amount' });
    const [post] = (await requestLog(sandbox.url)).filter((e) => e.path.endsWith('/decline'));
    expect(post!.body).toEqual({ reason: 'Wrong amount' });
    const again = await failureOf(table.declinePackage({ packageId, reason: 'Again' }));
    expect(again.status).toBe(403);
  });

  it('opens a password-protected package once the password is given, and reuses it for page images', async () => {
    const { packageId, documentId, password } = FIXTURES.passwordProtected;
    expect(await failureOf(table.getPackage({ packageId }))).toMatchObject({ status: 403, code: 'password_required', message: 'Document password is required' });
    expect(await failureOf(table.getPackage({ packageId, password: 'guess' }))).toMatchObject({ status: 403, code: 'invalid_credentials', message: 'You have entered incorrect authentication credentials - try again' });
    expect((await failureOf(table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 }))).code).toBe('password_required');
    expect((await table.getPackage({ packageId, password })).id).toBe(packageId);
    await clearLog(sandbox.url);
    expect((await table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 })).width).toBe(100);
    expect((await requestLog(sandbox.url))[0]!.headers['x-password']).toBe(password);
  });

  it('opens an OTP-protected package with the code the server sent', async () => {
    const { packageId, documentId } = FIXTURES.otpProtected;
    expect(await failureOf(table.getPackage({ packageId }))).toMatchObject({ status: 403, code: 'otp_required', message: 'One time password is required' });
    const sms = (await latestCode(sandbox.url, null))!;
    expect(sms.package_id).toBe(packageId);
    expect((await table.getPackage({ packageId, otp: sms.code })).id).toBe(packageId);
    expect((await table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 })).height).toBe(141);
  });

  it('never remembers a walk-up in-person signer’s details as the host’s', async () => {
    const mine = { reason: 'Approved by me', location: 'Leeds', contact: 'alice@example.com' };
    await table.signField({ packageId: FIXTURES.noOtp.packageId, documentId: FIXTURES.noOtp.documentId, fieldName: FIXTURES.noOtp.fieldName, method: 'stored', ...mine });
    const { packageId, noOtpDocumentId, inPersonFieldName } = FIXTURES.kiosk;
    const outcome = await table.signField({ packageId, documentId: noOtpDocumentId, fieldName: inPersonFieldName, method: 'drawn', image: pngBase64(), inPersonName: 'Walk-up Customer', reason: 'Their reason', location: 'Branch', contact: '' });
    expect(outcome.status).toBe('SIGNED');
    expect(await table.getSigningPreferences(undefined)).toEqual(mine);
  });

  it('reports a signature that went through even when remembering the details fails', async () => {
    // A folder where settings.json should be: every settings write now fails.
    await rm(join(harness.profile, 'settings.json'), { force: true });
    await mkdir(join(harness.profile, 'settings.json'));
    const { packageId, documentId, fieldName } = FIXTURES.noOtp;
    const outcome = await table.signField({ packageId, documentId, fieldName, method: 'stored', reason: 'Kept in memory only' });
    expect(outcome.status).toBe('SIGNED');
    const { fields } = await table.getDocumentFields({ packageId, documentId });
    expect(fields.find((f) => f.name === fieldName)?.processed).toBe(true);
  });

  it('never retries opening a package, since that can text a code', async () => {
    const { packageId } = FIXTURES.otpProtected;
    await addFault(sandbox.url, { method: 'GET', path: '/open$', status: 503, message: 'busy', times: 1 });
    await clearLog(sandbox.url);
    expect((await failureOf(table.getPackage({ packageId }))).status).toBe(503);
    expect((await requestLog(sandbox.url)).filter((e) => e.path.endsWith('/open'))).toHaveLength(1);
  });
});

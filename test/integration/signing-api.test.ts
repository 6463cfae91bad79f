import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, latestCode, outbox, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { createMainHarness, failureOf, type MainHarness } from '../support/main-harness.js';

let sandbox: Sandbox;
let harness: MainHarness;
let table: HandlerTable;

/** The current authenticator code of a TOTP field, from the sandbox's control API. */
async function totpCode(base: string, packageId: number, fieldName: string): Promise<string> {
  const codes = (await (await fetch(`${base}/_sandbox/totp`)).json()) as { package_id: number; field_name: string; code: string }[];
  const entry = codes.find((c) => c.package_id === packageId && c.field_name === fieldName);
  if (!entry) throw new Error(`no TOTP code for ${packageId}/${fieldName}`);
  return entry.code;
}

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
    const wrong = await failureOf(
      table.signField({ packageId, documentId, fieldName, otp: code === '000000' ? '111111' : '000000', method: 'drawn', image: pngBase64() }),
    );
    expect(wrong).toMatchObject({ kind: 'forbidden', status: 403, message: 'The One Time Password (OTP) does not match' });
    const signed = await table.signField({
      packageId,
      documentId,
      fieldName,
      otp: code,
      method: 'drawn',
      image: pngBase64(),
      reason: 'I agree',
      location: 'Leeds',
      contact: '0113 496 0000',
    });
    expect(signed.status).toBe('SIGNED');
    const posts = (await requestLog(sandbox.url)).filter((e) => e.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts[1]!.headers['x-otp']).toBe(code);
    expect(posts[1]!.body).toEqual({
      field_name: fieldName,
      hand_signature_image: pngBase64(),
      signing_reason: 'I agree',
      signing_location: 'Leeds',
      contact_information: '0113 496 0000',
    });
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

  it('reads the documented form shapes: MANDATORY, read-only, hidden, a DATE with a time, radio buttons as one group, choices', async () => {
    const { packageId, documentId, text, radio, radioOptions, dropdown, dropdownOptions, listbox, listboxOptions, checkbox } = FIXTURES.accountApplication;
    const fields = new Map((await table.getDocumentFields({ packageId, documentId })).fields.map((f) => [f.name, f]));
    expect(fields.get(text.required)).toMatchObject({ kind: 'text', required: true, readOnly: false, visible: true });
    expect(fields.get(text.maxLength10)).toMatchObject({ required: false, maxLength: 10 });
    expect([text.email, text.number, text.date, text.time, text.alphanumeric].map((n) => fields.get(n)?.formatType)).toEqual([
      'EMAIL',
      'NUMBER',
      'DATE',
      'TIME',
      'ALPHANUMERIC',
    ]);
    expect(fields.get(text.date)?.value).toBe('1990-04-01');
    expect(fields.get(text.readOnly)).toMatchObject({ readOnly: true, value: FIXTURES.accountApplication.readOnlyValue });
    expect(fields.get(text.hidden)?.visible).toBe(false);
    expect(fields.get(radio)).toMatchObject({ kind: 'radio', options: radioOptions, value: '', required: true });
    for (const button of radioOptions) expect(fields.has(button)).toBe(false);
    expect(fields.get(dropdown)).toMatchObject({ options: dropdownOptions, value: '' });
    expect(fields.get(listbox)).toMatchObject({ options: listboxOptions, value: '' });
    expect(fields.get(checkbox)?.value).toBe(false);
  });

  it('saves a form in the documented body, only the kinds given, and reads the values back', async () => {
    const { packageId, documentId, text, radio, radioOptions, dropdown, listbox, checkbox } = FIXTURES.accountApplication;
    await clearLog(sandbox.url);
    await table.saveFormFields({
      packageId,
      documentId,
      values: [
        { fieldName: text.required, kind: 'text', value: 'Alice Example' },
        { fieldName: radio, kind: 'radio', value: radioOptions[1] },
        { fieldName: checkbox, kind: 'checkbox', value: true },
        { fieldName: dropdown, kind: 'dropdown', value: 'Ireland' },
        { fieldName: listbox, kind: 'listbox', value: 'Debit card' },
      ],
    });
    const [put] = (await requestLog(sandbox.url)).filter((e) => e.method === 'PUT');
    expect(put!.body).toEqual({
      auto_save: false,
      text: [{ field_name: text.required, value: 'Alice Example' }],
      radio: [{ field_name: radioOptions[1], value: true, radio_group_name: radio }],
      checkbox: [{ field_name: checkbox, value: true }],
      dropdown: [{ field_name: dropdown, value: 'Ireland' }],
      listbox: [{ field_name: listbox, value: 'Debit card' }],
    });
    const fields = new Map((await table.getDocumentFields({ packageId, documentId })).fields.map((f) => [f.name, f]));
    expect([text.required, radio, checkbox, dropdown, listbox].map((n) => fields.get(n)?.value)).toEqual([
      'Alice Example',
      radioOptions[1],
      true,
      'Ireland',
      'Debit card',
    ]);
    // Choosing another button moves the group's choice; a value outside the choices keeps the server's message.
    await table.saveFormFields({ packageId, documentId, values: [{ fieldName: radio, kind: 'radio', value: radioOptions[2] }] });
    expect((await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === radio)?.value).toBe(radioOptions[2]);
    const refused = await failureOf(table.saveFormFields({ packageId, documentId, values: [{ fieldName: dropdown, kind: 'dropdown', value: 'Atlantis' }] }));
    expect(refused).toMatchObject({ kind: 'invalid_input', status: 400, message: 'Model state validation failed.' });
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

  it('unlocks a password-protected package with the unlock call, then opens it and its pages', async () => {
    const { packageId, documentId, password, order } = FIXTURES.passwordProtected;
    expect(await failureOf(table.getPackage({ packageId }))).toMatchObject({
      status: 403,
      code: 'password_required',
      message: 'Password authentication is required',
    });
    expect(await failureOf(table.getPackage({ packageId, password: 'guess' }))).toMatchObject({
      status: 403,
      code: 'invalid_credentials',
      message: 'You have entered incorrect authentication credentials - try again',
    });
    expect((await failureOf(table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 }))).code).toBe('password_required');
    await clearLog(sandbox.url);
    expect((await table.getPackage({ packageId, password })).id).toBe(packageId);
    const unlock = (await requestLog(sandbox.url)).find((e) => e.method === 'POST');
    expect(unlock).toMatchObject({ path: `/v3/packages/${packageId}/workflow/${order}/authentication/password`, body: { password }, status: 200 });
    await clearLog(sandbox.url);
    expect((await table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 })).width).toBe(100);
    // A Latin-1 password also travels as x-password, for servers that want it on every call.
    expect((await requestLog(sandbox.url))[0]!.headers['x-password']).toBe(password);
  });

  it('opens a package whose password no header can carry, relying on the unlock call alone', async () => {
    const { packageId, documentId, password, order } = FIXTURES.nonLatinPassword;
    await clearLog(sandbox.url);
    expect((await table.getPackage({ packageId, password })).id).toBe(packageId);
    expect((await table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 })).height).toBe(141);
    const log = await requestLog(sandbox.url);
    expect(log.find((e) => e.method === 'POST')).toMatchObject({
      path: `/v3/packages/${packageId}/workflow/${order}/authentication/password`,
      body: { password },
      status: 200,
    });
    expect(log.every((e) => e.headers['x-password'] === undefined)).toBe(true);
    expect(log.filter((e) => e.method === 'GET').every((e) => e.status === 200)).toBe(true);
  });

  it('asks for an opening code with the generate call, then opens with it and keeps it for pages', async () => {
    const { packageId, documentId, order } = FIXTURES.otpProtected;
    const texted = (await outbox(sandbox.url)).length;
    expect(await failureOf(table.getPackage({ packageId }))).toMatchObject({ status: 403, code: 'otp_required', message: 'One time password is required' });
    // Opening texted nothing: only the generate call does.
    expect(await outbox(sandbox.url)).toHaveLength(texted);
    await clearLog(sandbox.url);
    await table.requestPackageOtp({ packageId });
    expect((await requestLog(sandbox.url)).map((e) => [e.method, e.path, e.body ?? null])).toEqual([
      ['POST', `/v3/packages/${packageId}/workflow/${order}/authentication/otp`, null],
    ]);
    const sms = (await outbox(sandbox.url)).at(-1)!;
    expect(sms).toMatchObject({ package_id: packageId, to: DEMO.users.alice.mobile });
    expect(await failureOf(table.getPackage({ packageId, otp: sms.code === '000000' ? '111111' : '000000' }))).toMatchObject({
      status: 403,
      code: 'invalid_credentials',
    });
    expect((await table.getPackage({ packageId, otp: sms.code })).id).toBe(packageId);
    await clearLog(sandbox.url);
    expect((await table.getPageImage({ packageId, documentId, page: 1, width: 100, height: 141 })).height).toBe(141);
    expect((await requestLog(sandbox.url))[0]!.headers['x-otp']).toBe(sms.code);
    expect(await outbox(sandbox.url)).toHaveLength(texted + 1);
  });

  it('says clearly when the user is not a recipient who could get an opening code', async () => {
    // A package alice sent to others only: she can read its workflow but has no recipient order.
    const { items } = await table.listPackages({ status: 'ALL', page: 1, pageSize: 100 });
    let sentOnly: number | undefined;
    for (const item of items.filter((p) => p.ownerEmail === DEMO.users.alice.email)) {
      const detail = await table.getPackage({ packageId: item.id });
      if (detail.users.every((u) => u.email !== DEMO.users.alice.email)) {
        sentOnly = item.id;
        break;
      }
    }
    expect(sentOnly).toBeDefined();
    await clearLog(sandbox.url);
    expect(await failureOf(table.requestPackageOtp({ packageId: sentOnly! }))).toEqual({
      kind: 'forbidden',
      message: "You are not among this package's recipients, so SigningHub cannot send you its code.",
    });
    expect((await requestLog(sandbox.url)).filter((e) => e.method === 'POST')).toEqual([]);
  });

  it('signs when the signing server, not the field, demands a code', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.serverDemandsOtp;
    const field = (await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === fieldName);
    expect(field?.otp).toMatchObject({ enabled: false, totp: false });
    expect(await failureOf(table.signField({ packageId, documentId, fieldName, method: 'stored' }))).toMatchObject({
      status: 403,
      code: 'otp_required',
      message: 'One time password is required',
    });
    await table.requestOtp({ packageId, documentId, fieldName });
    const code = (await latestCode(sandbox.url, fieldName))!;
    expect(code.package_id).toBe(packageId);
    expect((await table.signField({ packageId, documentId, fieldName, method: 'stored', otp: code.code })).status).toBe('SIGNED');
    expect((await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === fieldName)?.processed).toBe(true);
  });

  it('signs an authenticator (TOTP) field with the app’s current code, and no SMS', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.totp;
    const field = (await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === fieldName);
    expect(field?.otp).toMatchObject({ enabled: false, totp: true });
    const texted = (await outbox(sandbox.url)).length;
    const code = await totpCode(sandbox.url, packageId, fieldName);
    await clearLog(sandbox.url);
    expect((await table.signField({ packageId, documentId, fieldName, method: 'drawn', image: pngBase64(), otp: code })).status).toBe('SIGNED');
    expect((await requestLog(sandbox.url))[0]!.headers['x-otp']).toBe(code);
    expect(await outbox(sandbox.url)).toHaveLength(texted);
  });

  it('reports a Sign answered 200 with an empty body as signed', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.emptySignAnswer;
    await clearLog(sandbox.url);
    expect(await table.signField({ packageId, documentId, fieldName, method: 'stored' })).toEqual({ status: 'SIGNED', transactionId: '' });
    expect((await requestLog(sandbox.url)).filter((e) => e.path.endsWith('/sign'))).toHaveLength(1);
    expect((await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === fieldName)?.processed).toBe(true);
  });

  it('reports a Sign 2xx without a status, or with an unknown one, as signed', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.noOtp;
    for (const body of ['{"field_name":"Signature-1"}', '{"status":"COMPLETED","transaction_id":"t-9"}']) {
      await addFault(sandbox.url, { method: 'POST', path: '/sign$', status: 200, body, times: 1 });
      expect((await table.signField({ packageId, documentId, fieldName, method: 'stored' })).status).toBe('SIGNED');
    }
    await addFault(sandbox.url, { method: 'POST', path: '/sign$', status: 204, times: 1 });
    expect((await table.signField({ packageId, documentId, fieldName, method: 'stored' })).status).toBe('SIGNED');
  });

  it('signs a hand signature field like an electronic one, and reads 4- and 9-digit code lengths', async () => {
    const { packageId, documentId, fieldName } = FIXTURES.handSignature;
    const field = (await table.getDocumentFields({ packageId, documentId })).fields.find((f) => f.name === fieldName);
    expect(field?.kind).toBe('hand_signature');
    expect((await table.signField({ packageId, documentId, fieldName, method: 'drawn', image: pngBase64() })).status).toBe('SIGNED');
    const lengths = FIXTURES.codeLengths;
    const fields = (await table.getDocumentFields({ packageId: lengths.packageId, documentId: lengths.documentId })).fields;
    for (const { fieldName: name, length } of lengths.fields) {
      expect(fields.find((f) => f.name === name)?.otp).toMatchObject({ enabled: true, length: length });
      await table.requestOtp({ packageId: lengths.packageId, documentId: lengths.documentId, fieldName: name });
      expect((await latestCode(sandbox.url, name))?.code).toMatch(new RegExp(`^\\d{${length}}$`));
    }
  });

  it('never remembers a walk-up in-person signer’s details as the host’s', async () => {
    const mine = { reason: 'Approved by me', location: 'Leeds', contact: 'alice@example.com' };
    await table.signField({
      packageId: FIXTURES.noOtp.packageId,
      documentId: FIXTURES.noOtp.documentId,
      fieldName: FIXTURES.noOtp.fieldName,
      method: 'stored',
      ...mine,
    });
    const { packageId, noOtpDocumentId, inPersonFieldName } = FIXTURES.kiosk;
    const outcome = await table.signField({
      packageId,
      documentId: noOtpDocumentId,
      fieldName: inPersonFieldName,
      method: 'drawn',
      image: pngBase64(),
      inPersonName: 'Walk-up Customer',
      reason: 'Their reason',
      location: 'Branch',
      contact: '',
    });
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

// In-person signing through main against the sandbox: the host hands one field to a walk-up signer, who
// reads it, gets the code texted to their own phone and signs with their name; main then forgets them.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALREADY_HANDING_OVER, ENDED_SCREEN_MS, HAND_OVER_ENDED, HANDING_OVER_MESSAGE, LOCKED_MESSAGE } from '../../main/kiosk/kiosk-messages.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { FIXTURES } from '../sandbox/seed.js';
import { addFault, clearLog, latestCode, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { createKioskHarness, signaturePng, valueOf, type KioskHarness } from '../support/kiosk-harness.js';
import { findStrings } from '../support/reachable-strings.js';

const kiosk = FIXTURES.kiosk;
const withCode = { packageId: kiosk.packageId, documentId: kiosk.documentId, fieldName: kiosk.inPersonFieldName };
const noCode = { packageId: kiosk.packageId, documentId: kiosk.noOtpDocumentId, fieldName: kiosk.inPersonFieldName };

let sandbox: Sandbox;
let app: KioskHarness;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  app = await createKioskHarness(sandbox.url);
  await app.signIn();
});
afterEach(() => app.dispose());

const auditLines = async () => (await readFile(join(app.profile, 'audit', 'in-person.jsonl'), 'utf8').catch(() => '')).split('\n').filter(Boolean);

/** Signs the code field as a walk-up signer: texts the code and signs with it. */
async function signWithCode(name: string, image: string): Promise<string> {
  valueOf(await app.signer('sendHandOverCode', undefined));
  const code = (await latestCode(sandbox.url, kiosk.inPersonFieldName))!.code;
  valueOf(await app.signer('signHandOver', { name, method: 'drawn', image, otp: code }));
  return code;
}

describe('a hand-over with an SMS code', () => {
  it('opens one window for the field, tells it only that field, and signs with the name, image and x-otp', async () => {
    valueOf(await app.host('startHandOver', withCode));
    expect(app.desktop.opened).toHaveLength(1);
    const id = app.desktop.liveId;
    const state = valueOf(await app.host('getHostState', {}));
    expect(state).toMatchObject({ phase: 'handing_over', signerRole: 'Customer', packageId: kiosk.packageId, idle: { warning: false } });
    const info = valueOf(await app.signer('getHandOver', {}));
    expect(info).toMatchObject({
      packageName: kiosk.name,
      documentName: 'Account opening form.pdf',
      pages: 2,
      role: 'Customer',
      fieldName: kiosk.inPersonFieldName,
      page: 2,
      code: 'sms',
      mobileNumber: kiosk.inPersonMobile,
      idle: { warning: false },
    });
    expect(JSON.stringify(info)).not.toContain('alice');
    expect(valueOf(await app.signer('getHandOverPage', { page: 2, width: 400, height: 500 })).dataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await app.signer('getHandOverPage', { page: 3, width: 400, height: 500 })).toMatchObject({ ok: false, error: { kind: 'not_found' } });

    valueOf(await app.signer('sendHandOverCode', undefined));
    const sms = (await latestCode(sandbox.url, kiosk.inPersonFieldName))!;
    expect(sms.to).toBe(kiosk.inPersonMobile);
    // No code yet: the server asks for one, and the hand-over stays open for it.
    const image = signaturePng(7);
    expect(await app.signer('signHandOver', { name: 'Ann Walker', method: 'drawn', image })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'otp_required' },
    });
    const wrong = sms.code === '000000' ? '111111' : '000000';
    expect(await app.signer('signHandOver', { name: 'Ann Walker', method: 'drawn', image, otp: wrong })).toMatchObject({
      ok: false,
      error: { message: 'The One Time Password (OTP) does not match' },
    });
    expect(app.desktop.open.has(id)).toBe(true);
    await clearLog(sandbox.url);
    expect(await app.signer('signHandOver', { name: ' Ann Walker ', method: 'typed', image, otp: sms.code })).toEqual({ ok: true, value: null });

    const sign = (await requestLog(sandbox.url)).find((e) => e.method === 'POST' && e.path.endsWith('/sign'))!;
    expect(sign.headers['x-otp']).toBe(sms.code);
    expect(sign.body).toEqual({ field_name: kiosk.inPersonFieldName, hand_signature_image: image, user_name: 'Ann Walker' });
    // Ended: the host is locked with the reason and the old id answers nothing at once; the window
    // shows its thank-you for a moment after the answer, then closes.
    expect(app.desktop.closed).toEqual([]);
    await app.clock.advance(ENDED_SCREEN_MS);
    expect(app.desktop.closed).toEqual([id]);
    expect(valueOf(await app.host('getHostState', {}))).toMatchObject({ phase: 'locked', lockReason: 'signed', signerRole: 'Customer' });
    expect(await app.signer('getHandOver', {}, id)).toEqual({ ok: false, error: { kind: 'forbidden', message: HAND_OVER_ENDED } });
    const [line, ...more] = await auditLines();
    expect(more).toEqual([]);
    expect(JSON.parse(line!)).toEqual({
      time: expect.any(String),
      serverUrl: sandbox.url,
      packageId: kiosk.packageId,
      packageName: kiosk.name,
      documentId: kiosk.documentId,
      fieldName: kiosk.inPersonFieldName,
      outcome: 'signed',
    });
    expect(line).not.toContain('Ann');
    expect(line).not.toContain(sms.code);
    expect(line).not.toContain(image.slice(20, 60));
  });

  it('signs a field with no code without any SMS', async () => {
    valueOf(await app.host('startHandOver', noCode));
    expect(valueOf(await app.signer('getHandOver', {}))).toMatchObject({ code: 'none', documentName: 'Privacy notice.pdf', pages: 1 });
    expect(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(1) })).toEqual({ ok: true, value: null });
    const fields = valueOf(await unlockedFields(noCode.documentId));
    expect(fields.find((f) => f.name === kiosk.inPersonFieldName)).toMatchObject({ processed: true });
  });
});

/** The document's fields as the host reads them after unlocking with the password. */
async function unlockedFields(documentId: number) {
  valueOf(await app.host('unlockHost', { password: 'alice-password' }));
  const result = await app.host('getDocumentFields', { packageId: kiosk.packageId, documentId });
  return result.ok ? { ok: true as const, value: result.value.fields } : result;
}

describe('what may be handed over, and when', () => {
  it('refuses a field that is not in-person, a second hand-over, and host calls while the signer has the screen', async () => {
    expect(await app.host('startHandOver', { ...withCode, fieldName: kiosk.hostFieldName })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', message: 'Only an in-person signature field can be handed to a walk-up signer.' },
    });
    expect(await app.host('startHandOver', { ...withCode, fieldName: 'Nope' })).toMatchObject({ ok: false, error: { kind: 'not_found' } });
    valueOf(await app.host('startHandOver', withCode));
    expect(await app.host('startHandOver', noCode)).toEqual({ ok: false, error: { kind: 'forbidden', message: ALREADY_HANDING_OVER } });
    expect(app.desktop.opened).toHaveLength(1);
    for (const result of [
      await app.host('listPackages', { status: 'ALL', page: 1, pageSize: 10 }),
      await app.host('getPackage', { packageId: kiosk.packageId }),
      await app.host('signOut', undefined),
      await app.host('unlockHost', { password: 'alice-password' }),
    ]) {
      expect(result).toEqual({ ok: false, error: { kind: 'forbidden', message: HANDING_OVER_MESSAGE } });
    }
    // The signer's window may not make host calls.
    const asSigner = await app.signer('getHandOver', {});
    expect(asSigner.ok).toBe(true);
    valueOf(await app.signer('declineHandOver', undefined));
    expect(await app.host('listPackages', { status: 'ALL', page: 1, pageSize: 10 })).toEqual({
      ok: false,
      error: { kind: 'forbidden', message: LOCKED_MESSAGE },
    });
    expect(await app.host('startHandOver', noCode)).toEqual({ ok: false, error: { kind: 'forbidden', message: LOCKED_MESSAGE } });
  });

  it('refuses a field that is already signed', async () => {
    valueOf(await app.host('startHandOver', noCode));
    valueOf(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(2) }));
    valueOf(await app.host('unlockHost', { password: 'alice-password' }));
    expect(await app.host('startHandOver', noCode)).toMatchObject({ ok: false, error: { message: 'This field is already signed.' } });
  });

  it('leaves the host open when the window cannot be opened', async () => {
    app.desktop.failOpen = true;
    expect(await app.host('startHandOver', withCode)).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect(valueOf(await app.host('getHostState', {})).phase).toBe('open');
    app.desktop.failOpen = false;
    valueOf(await app.host('startHandOver', withCode));
  });
});

describe('decline and lost answers', () => {
  it('declines without signing: the field stays to do, the record says declined', async () => {
    valueOf(await app.host('startHandOver', withCode));
    const id = app.desktop.liveId;
    await clearLog(sandbox.url);
    valueOf(await app.signer('declineHandOver', undefined));
    expect((await requestLog(sandbox.url)).filter((e) => e.method !== 'GET')).toEqual([]);
    await app.clock.advance(ENDED_SCREEN_MS);
    expect(app.desktop.closed).toEqual([id]);
    expect(valueOf(await app.host('getHostState', {}))).toMatchObject({ phase: 'locked', lockReason: 'declined' });
    expect((await auditLines()).map((l) => (JSON.parse(l) as { outcome: string }).outcome)).toEqual(['declined']);
    const fields = valueOf(await unlockedFields(kiosk.documentId));
    expect(fields.find((f) => f.name === kiosk.inPersonFieldName)).toMatchObject({ processed: false });
  });

  it('reads the field again when the answer to a sign is lost: signed after all ends the hand-over as signed', async () => {
    valueOf(await app.host('startHandOver', noCode));
    await addFault(sandbox.url, { method: 'POST', path: '/sign$', times: 1, dropAfter: true });
    expect(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(3) })).toEqual({ ok: true, value: null });
    expect(valueOf(await app.host('getHostState', {}))).toMatchObject({ phase: 'locked', lockReason: 'signed' });
  });

  it('keeps the hand-over open, with the error, when the lost sign did not go through', async () => {
    valueOf(await app.host('startHandOver', noCode));
    await addFault(sandbox.url, { method: 'POST', path: '/sign$', times: 1, drop: true });
    expect(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(4) })).toMatchObject({
      ok: false,
      error: { kind: 'network' },
    });
    expect(valueOf(await app.host('getHostState', {})).phase).toBe('handing_over');
    expect(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(4) })).toEqual({ ok: true, value: null });
    // A sign is never repeated by main itself: one POST per press.
    expect((await requestLog(sandbox.url)).filter((e) => e.method === 'POST' && e.path.endsWith('/sign'))).toHaveLength(2);
  });
});

describe('the next walk-up signer', () => {
  it('finds nothing of the one before: not in main, not in any answer', async () => {
    valueOf(await app.host('startHandOver', withCode));
    const imageA = signaturePng(41);
    const codeA = await signWithCode('Annabel Quist', imageA);
    valueOf(await app.host('unlockHost', { password: 'alice-password' }));
    const traces = ['Annabel', 'Quist', imageA];
    // The walk reaches the session behind the kiosk (it finds the host's email), and nothing of the signer.
    expect(findStrings(app.table.kiosk, ['alice@example.com']).length).toBeGreaterThan(0);
    expect(findStrings(app.table.kiosk, [...traces, `"${codeA}"`, codeA])).toEqual([]);

    valueOf(await app.host('startHandOver', noCode));
    const answers = [
      await app.signer('getHandOver', {}),
      await app.signer('getHandOverPage', { page: 1, width: 300, height: 400 }),
      await app.signer('stillHere', undefined),
      await app.host('getHostState', {}),
    ];
    const text = JSON.stringify(answers);
    for (const trace of [...traces, codeA]) expect(text).not.toContain(trace);
    valueOf(await app.signer('signHandOver', { name: 'Bo Lee', method: 'typed', image: signaturePng(42) }));
    expect(findStrings(app.table.kiosk, [...traces, 'Bo Lee'])).toEqual([]);
    for (const line of await auditLines()) for (const trace of [...traces, codeA, 'Bo Lee']) expect(line).not.toContain(trace);
  });
});

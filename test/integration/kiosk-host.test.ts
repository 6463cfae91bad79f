// The host's side of kiosk mode against the sandbox: the PIN and the server-checked password, the lock,
// the idle clock, the long-poll, what sign-out clears, the keychain rule, the audit export and quitting.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCKED_MESSAGE } from '../../main/kiosk/kiosk-messages.js';
import { PIN_LOCKED_MESSAGE } from '../../main/kiosk/host-pin.js';
import { keychainAccount } from '../../main/session/credential-store.js';
import { IDLE_WARNING_SECONDS } from '../../shared/hand-over-contract.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { DEMO, FIXTURES } from '../sandbox/seed.js';
import { clearLog, requestLog, resetSandbox } from '../support/sandbox-control.js';
import { createKioskHarness, signaturePng, valueOf, type KioskHarness } from '../support/kiosk-harness.js';
import { flush } from '../support/manual-clock.js';

const kiosk = FIXTURES.kiosk;
const noCode = { packageId: kiosk.packageId, documentId: kiosk.noOtpDocumentId, fieldName: kiosk.inPersonFieldName };
const alice = DEMO.users.alice;

let sandbox: Sandbox;
let app: KioskHarness;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());
beforeEach(() => resetSandbox(sandbox.url));
afterEach(() => app.dispose());

/** A kiosk-mode main with a 30 s idle timeout, signed in as Alice. */
async function kioskApp(policy = {}): Promise<KioskHarness> {
  app = await createKioskHarness(sandbox.url, { kioskMode: true, idleTimeoutSeconds: 30, ...policy });
  await app.signIn();
  return app;
}

/** Seconds with no input: the OS idle time grows with the clock. */
async function quiet(seconds: number): Promise<void> {
  for (let i = 0; i < seconds; i += 1) {
    app.desktop.idle += 1;
    await app.clock.advance(1000);
  }
}

const state = async () => valueOf(await app.host('getHostState', {}));

describe('unlocking for the host', () => {
  it('takes the PIN, counts wrong ones down, then only the password', async () => {
    await kioskApp();
    valueOf(await app.host('setHostPin', { pin: '2468' }));
    valueOf(await app.host('lockHost', undefined));
    expect(await state()).toMatchObject({ phase: 'locked', lockReason: 'host', hasPin: true, pinTriesLeft: 5 });
    expect(await app.host('unlockHost', { pin: '1357' })).toEqual({ ok: false, error: { kind: 'forbidden', message: 'That PIN is not right. 4 tries left.' } });
    expect((await state()).pinTriesLeft).toBe(4);
    valueOf(await app.host('unlockHost', { pin: '2468' }));
    expect(await state()).toMatchObject({ phase: 'open', pinTriesLeft: 5 });
    valueOf(await app.host('lockHost', undefined));
    for (let i = 0; i < 5; i += 1) await app.host('unlockHost', { pin: '0000' });
    expect(await app.host('unlockHost', { pin: '2468' })).toMatchObject({ ok: false, error: { message: PIN_LOCKED_MESSAGE } });
    valueOf(await app.host('unlockHost', { password: alice.password }));
    expect(await state()).toMatchObject({ phase: 'open', pinTriesLeft: 5 });
  });

  it('checks the password with the server and shows its Message word for word when it refuses', async () => {
    await kioskApp();
    valueOf(await app.host('lockHost', undefined));
    await clearLog(sandbox.url);
    expect(await app.host('unlockHost', { password: 'not-her-password' })).toMatchObject({
      ok: false,
      error: { message: 'Invalid username or password' },
    });
    expect((await state()).phase).toBe('locked');
    valueOf(await app.host('unlockHost', { password: alice.password }));
    expect((await state()).phase).toBe('open');
    const grants = (await requestLog(sandbox.url)).filter((e) => e.method === 'POST' && e.path === '/authenticate');
    expect(grants).toHaveLength(2);
    // The host is still signed in with the session they had.
    expect(valueOf(await app.host('listPackages', { status: 'ALL', page: 1, pageSize: 5 })).items.length).toBeGreaterThan(0);
  });

  it('forgets the PIN and the lock at sign-out', async () => {
    await kioskApp();
    valueOf(await app.host('setHostPin', { pin: '2468' }));
    valueOf(await app.host('signOut', undefined));
    expect(await state()).toMatchObject({ phase: 'open', hasPin: false });
    await app.signIn();
    expect(await app.host('unlockHost', { pin: '2468' })).toEqual({ ok: true, value: null });
    valueOf(await app.host('lockHost', undefined));
    expect(await app.host('unlockHost', { pin: '2468' })).toMatchObject({
      ok: false,
      error: { message: 'No host PIN was chosen. Unlock with your SigningHub password.' },
    });
  });

  it('forgets the PIN when someone signs in over the session', async () => {
    await kioskApp();
    valueOf(await app.host('setHostPin', { pin: '2468' }));
    await app.signIn(DEMO.users.carol);
    expect(await state()).toMatchObject({ phase: 'open', hasPin: false });
  });
});

describe('the idle clock', () => {
  it('in kiosk mode warns, takes "I need more time", and then locks the host', async () => {
    await kioskApp();
    const before = (await state()).version;
    await quiet(30);
    const warned = await state();
    expect(warned.idle).toEqual({ warning: true, secondsLeft: IDLE_WARNING_SECONDS });
    expect(warned.version).toBeGreaterThan(before);
    valueOf(await app.host('stillHereHost', undefined));
    expect((await state()).idle).toEqual({ warning: false });
    await quiet(30 + IDLE_WARNING_SECONDS);
    expect(await state()).toMatchObject({ phase: 'locked', lockReason: 'idle', idle: { warning: false } });
  });

  it('outside kiosk mode leaves the host alone but times out a hand-over, which ends it as timed out', async () => {
    app = await createKioskHarness(sandbox.url, { idleTimeoutSeconds: 20 });
    await app.signIn();
    await quiet(200);
    expect((await state()).phase).toBe('open');
    valueOf(await app.host('startHandOver', noCode));
    const id = app.desktop.liveId;
    await quiet(20);
    expect(valueOf(await app.signer('getHandOver', {})).idle).toEqual({ warning: true, secondsLeft: IDLE_WARNING_SECONDS });
    valueOf(await app.signer('stillHere', undefined));
    expect(valueOf(await app.signer('getHandOver', {})).idle).toEqual({ warning: false });
    await quiet(20 + IDLE_WARNING_SECONDS);
    expect(app.desktop.closed).toEqual([id]);
    expect(await state()).toMatchObject({ phase: 'locked', lockReason: 'timed_out', signerRole: 'Customer' });
    // The wipe runs from the clock's tick, so its record is written a moment later.
    const record = await vi.waitFor(() => readFile(join(app.profile, 'audit', 'in-person.jsonl'), 'utf8'));
    expect(JSON.parse(record)).toMatchObject({ outcome: 'timed_out', fieldName: kiosk.inPersonFieldName });
  });
});

describe('long-polls', () => {
  it('getHostState waits on the current version until a change, or answers after 20 s unchanged', async () => {
    await kioskApp();
    const { version } = await state();
    let answer: Awaited<ReturnType<typeof state>> | undefined;
    void app.host('getHostState', { after: version }).then((r) => (answer = valueOf(r)));
    await flush();
    expect(answer).toBeUndefined();
    valueOf(await app.host('lockHost', undefined));
    await flush();
    expect(answer).toMatchObject({ phase: 'locked' });
    expect(answer!.version).toBeGreaterThan(version);

    let second: unknown;
    void app.host('getHostState', { after: answer!.version }).then((r) => (second = r));
    await app.clock.advance(19_999);
    expect(second).toBeUndefined();
    await app.clock.advance(1);
    expect(second).toMatchObject({ ok: true, value: { version: answer!.version } });
  });

  it('getHandOver answers an ended hand-over at once, with the error', async () => {
    await kioskApp();
    valueOf(await app.host('startHandOver', noCode));
    const id = app.desktop.liveId;
    const { version } = valueOf(await app.signer('getHandOver', {}));
    const waiting = app.signer('getHandOver', { after: version }, id);
    valueOf(await app.signer('declineHandOver', undefined, id));
    expect(await waiting).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

describe('the keychain in kiosk mode', () => {
  it('never keeps the host unless the policy allows it', async () => {
    await kioskApp();
    const account = keychainAccount(sandbox.url, alice.email);
    expect(await app.keychain.get(account)).toBeNull();
    const settings = JSON.parse(await readFile(join(app.profile, 'settings.json'), 'utf8')) as { lastSession?: unknown };
    expect(settings.lastSession ?? null).toBeNull();
    await app.dispose();
    await kioskApp({ kioskRememberHost: true });
    expect(await app.keychain.get(keychainAccount(sandbox.url, alice.email))).not.toBeNull();
  });
});

describe('export and quit', () => {
  it('exports the record as CSV only for the unlocked host, with no names in it', async () => {
    await kioskApp();
    valueOf(await app.host('startHandOver', noCode));
    valueOf(await app.signer('signHandOver', { name: 'Cy Dunmore', method: 'typed', image: signaturePng(9) }));
    expect(await app.host('exportAuditRecord', undefined)).toEqual({ ok: false, error: { kind: 'forbidden', message: LOCKED_MESSAGE } });
    valueOf(await app.host('unlockHost', { password: alice.password }));
    expect(await app.host('exportAuditRecord', undefined)).toEqual({ ok: true, value: null });
    app.desktop.savePath = join(app.profile, 'export.csv');
    expect(valueOf(await app.host('exportAuditRecord', undefined))).toEqual({ path: app.desktop.savePath });
    const csv = await readFile(app.desktop.savePath, 'utf8');
    expect(csv.split('\n')[1]).toMatch(new RegExp(`^\\d{4}-.*,${sandbox.url},103,Kiosk - account opening,${kiosk.noOtpDocumentId},Customer-Signature,signed$`));
    expect(csv).not.toContain('Cy Dunmore');
  });

  it('in kiosk mode quits only for the signed-in, unlocked host', async () => {
    await kioskApp();
    valueOf(await app.host('lockHost', undefined));
    expect(await app.host('quitApp', undefined)).toEqual({ ok: false, error: { kind: 'forbidden', message: LOCKED_MESSAGE } });
    valueOf(await app.host('unlockHost', { password: alice.password }));
    valueOf(await app.host('quitApp', undefined));
    expect(app.desktop.quits).toBe(1);
    valueOf(await app.host('signOut', undefined));
    expect(await app.host('quitApp', undefined)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(app.desktop.quits).toBe(1);
  });

  it('outside kiosk mode quits for anyone', async () => {
    app = await createKioskHarness(sandbox.url);
    valueOf(await app.host('quitApp', undefined));
    expect(app.desktop.quits).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type Result } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS } from '../../shared/hand-over-contract.js';
import type { HandOverTable } from '../../main/ipc/hand-over-handlers.js';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { serveHandlers, type ServedChannel, type ServedHandler } from '../../main/ipc/serve-handlers.js';
import { APP_ORIGIN, electronSenderFacts, isTrustedSender } from '../../main/ipc/trusted-sender.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';

const TRUSTED = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: true };
const HAND_OVER_WINDOW = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: false, handOverId: 'a1b2' };
const FORBIDDEN = { ok: false, error: { kind: 'forbidden', message: 'This call did not come from the Desk Signer window.' } };

function serve(overrides: Partial<HandlerTable>) {
  const calls: string[] = [];
  const table = Object.fromEntries(
    CHANNELS.map((c) => [
      c,
      async (input: unknown) => {
        calls.push(c);
        return { echoed: input };
      },
    ]),
  ) as unknown as HandlerTable;
  Object.assign(table, overrides);
  const handOver = Object.fromEntries(
    HAND_OVER_CHANNELS.map((c) => [
      c,
      async (id: string, input: unknown) => {
        calls.push(c);
        return { id, echoed: input };
      },
    ]),
  ) as unknown as HandOverTable;
  const served = new Map<ServedChannel, ServedHandler>();
  serveHandlers(table, handOver, (channel, handler) => served.set(channel, handler));
  return { served, calls };
}

describe('serveHandlers', () => {
  it('registers every host and hand-over channel exactly once', () => {
    const registered: string[] = [];
    serveHandlers({} as HandlerTable, {} as HandOverTable, (channel) => registered.push(channel));
    expect(registered.sort()).toEqual([...CHANNELS, ...HAND_OVER_CHANNELS].sort());
  });

  it('answers host channels only from the main window, and hand-over channels only from a hand-over window, with its id', async () => {
    const { served, calls } = serve({});
    // A hand-over window may not call the host's channels, even one claiming to be the main window.
    expect(await served.get('listPackages')!(HAND_OVER_WINDOW, { status: 'PENDING', page: 1, pageSize: 20 })).toEqual(FORBIDDEN);
    expect(await served.get('getHostState')!({ ...TRUSTED, handOverId: 'a1b2' }, {})).toEqual(FORBIDDEN);
    // The main window may not call hand-over channels, nor may a hand-over window's sub-frame, another origin or an empty id.
    const strangers = [
      TRUSTED,
      { ...TRUSTED, handOverId: 'a1b2' },
      { ...HAND_OVER_WINDOW, isTopFrame: false },
      { ...HAND_OVER_WINDOW, url: 'https://evil.example/' },
      { ...HAND_OVER_WINDOW, handOverId: '' },
    ];
    for (const sender of strangers) expect(await served.get('signHandOver')!(sender, undefined)).toEqual(FORBIDDEN);
    expect(calls).toEqual([]);
    expect(await served.get('getHandOver')!(HAND_OVER_WINDOW, { after: 2 })).toEqual({ ok: true, value: { id: 'a1b2', echoed: { after: 2 } } });
    expect(await served.get('stillHere')!(HAND_OVER_WINDOW, undefined)).toEqual({ ok: true, value: { id: 'a1b2', echoed: undefined } });
    expect(calls).toEqual(['getHandOver', 'stillHere']);
  });

  it('checks hand-over input: the signer name by the free-text rule, a PNG image, a code', async () => {
    const { served, calls } = serve({});
    const sign = served.get('signHandOver')!;
    const input = { name: 'Ann Walker', method: 'drawn', image: 'iVBORw0KGgoAAAA', otp: '123456' };
    expect(await sign(HAND_OVER_WINDOW, { ...input, name: '   ' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid_input', message: 'Enter the signer’s name.' },
    });
    expect(await sign(HAND_OVER_WINDOW, { ...input, name: 'Ann\u202eWalker' })).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(await sign(HAND_OVER_WINDOW, { ...input, image: 'R0lGODlh' })).toMatchObject({
      ok: false,
      error: { message: 'The signature image must be a base64 PNG.' },
    });
    expect(await sign(HAND_OVER_WINDOW, { ...input, otp: '12 34' })).toMatchObject({
      ok: false,
      error: { message: 'The code can only be 3 to 12 letters or digits.' },
    });
    expect(await sign(HAND_OVER_WINDOW, { ...input, method: 'stored' })).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(calls).toEqual([]);
    // The name is tidied (NFC, trimmed) before main sees it.
    expect(await sign(HAND_OVER_WINDOW, { ...input, name: '  Ann Walker ' })).toMatchObject({ ok: true, value: { echoed: { name: 'Ann Walker' } } });
  });

  it('drops calls from other origins, sub-frames and other windows before the handler runs', async () => {
    const { served, calls } = serve({});
    const handler = served.get('listPackages')!;
    const input = { status: 'PENDING', page: 1, pageSize: 20 };
    const senders = [
      { ...TRUSTED, url: 'https://evil.example/' },
      { ...TRUSTED, isTopFrame: false },
      { ...TRUSTED, fromMainWindow: false },
      { ...TRUSTED, url: 'garbage' },
    ];
    for (const sender of senders) {
      const result = await handler(sender, input);
      expect(result).toEqual({ ok: false, error: { kind: 'forbidden', message: 'This call did not come from the Desk Signer window.' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects input that does not match the channel schema, naming the field in words', async () => {
    const { served, calls } = serve({});
    const messageOf = async (channel: Channel, input: unknown): Promise<string> => {
      const result = await served.get(channel)!(TRUSTED, input);
      expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
      return (result as Extract<Result<unknown>, { ok: false }>).error.message;
    };
    const signIn = { serverUrl: 'https://api.signinghub.com', email: 'a@b.example', password: 'pw', remember: false };
    const messages = [
      await messageOf('requestOtp', { packageId: -1, documentId: 2, fieldName: 'x' }),
      await messageOf('signIn', { ...signIn, email: 'a'.repeat(10_000) }),
      await messageOf('signIn', { ...signIn, serverUrl: `https://x.example/${'a'.repeat(10_000)}` }),
      await messageOf('verifyLoginOtp', { otp: '12 34' }),
      await messageOf('getPackage', { packageId: 1, sneaky: true }),
      await messageOf('listPackages', { status: 'NOPE', page: 1, pageSize: 20 }),
      await messageOf('signField', { packageId: 1, documentId: 2, fieldName: 'x', method: 'drawn' }),
    ];
    expect(messages[0]).toBe('The package number is not valid.');
    expect(messages[1]).toBe('The email address can be at most 320 characters.');
    expect(messages[2]).toBe('The server URL can be at most 2,048 characters.');
    expect(messages[3]).toBe('The code can only be 3 to 12 letters or digits.');
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(160);
      // No zod path or wording, and no developer text.
      expect(message).not.toMatch(/^\w+(\.\w+)*:|Too big|Too small|expected|Unrecognized|Invalid input|undefined/);
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
    expect(calls).toEqual([]);
  });

  it('returns a Result for success, ApiFailure and any other throw', async () => {
    const { served } = serve({
      getPackage: async () => {
        throw new ApiFailure({ kind: 'not_found', status: 404, message: 'Document not found' });
      },
      signOut: async () => {
        throw new Error('kaput');
      },
    });
    expect(await served.get('getDocumentFields')!(TRUSTED, { packageId: 1, documentId: 2 })).toEqual({
      ok: true,
      value: { echoed: { packageId: 1, documentId: 2 } },
    });
    expect(await served.get('getPackage')!(TRUSTED, { packageId: 1 })).toEqual({
      ok: false,
      error: { kind: 'not_found', status: 404, message: 'Document not found' },
    });
    expect(await served.get('signOut')!(TRUSTED, undefined)).toMatchObject({ ok: false, error: { kind: 'server' } });
  });

  it('trusts only the exact origin', () => {
    expect(isTrustedSender(TRUSTED)).toBe(true);
    expect(isTrustedSender({ ...TRUSTED, url: 'app://desk-signer.evil/index.html' })).toBe(false);
    expect(isTrustedSender({ ...TRUSTED, url: 'https://desk-signer.invalid/' }, 'https://desk-signer.invalid')).toBe(true);
  });

  it("reads Electron sender facts from the frame's parent and the main window's contents, not frame identity", () => {
    const mainContents = { id: 1 };
    const top = { url: `${APP_ORIGIN}/index.html`, parent: null };
    // A frame object that is not the same object as the window's mainFrame still counts when it has no parent.
    expect(electronSenderFacts({ sender: mainContents, senderFrame: { ...top } }, mainContents)).toEqual(TRUSTED);
    const child = { url: `${APP_ORIGIN}/index.html`, parent: top };
    expect(isTrustedSender(electronSenderFacts({ sender: mainContents, senderFrame: child }, mainContents))).toBe(false);
    // The top frame of some other webContents (a second window or view) is not the main window.
    expect(isTrustedSender(electronSenderFacts({ sender: { id: 2 }, senderFrame: top }, mainContents))).toBe(false);
    expect(isTrustedSender(electronSenderFacts({ sender: mainContents, senderFrame: top }, null))).toBe(false);
    expect(isTrustedSender(electronSenderFacts({ sender: mainContents, senderFrame: null }, mainContents))).toBe(false);
  });
});

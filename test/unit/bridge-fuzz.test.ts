// Malformed input on every channel, through the same wrapper main registers: each call must come back
// invalid_input, and no handler may run. (test/e2e/bridge.spec.ts sends a sample through the real preload.)
import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type InputOf, type Result } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS, type HandOverChannel, type HandOverContract } from '../../shared/hand-over-contract.js';
import type { HandOverTable } from '../../main/ipc/hand-over-handlers.js';
import type { HandlerTable } from '../../main/ipc/handler-table.js';
import { serveHandlers, type ServedChannel, type ServedHandler } from '../../main/ipc/serve-handlers.js';
import { APP_ORIGIN, type SenderFacts } from '../../main/ipc/trusted-sender.js';
import { malformedInputs } from '../support/malformed-inputs.js';

const TRUSTED = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: true };
const HAND_OVER_WINDOW = { url: `${APP_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: false, handOverId: '5f0c' };
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const ref = { packageId: 7, documentId: 3, fieldName: 'Signature-1' };

/** One valid input per channel, typed against the contract; the malformed ones are made from these. */
const VALID: { [C in Channel]: InputOf<C> } = {
  getAppInfo: undefined,
  checkServer: { serverUrl: 'https://api.signinghub.com' },
  restoreSession: undefined,
  signIn: { serverUrl: 'https://api.signinghub.com', email: 'alice@example.com', password: 'pw', remember: true, clientId: 'id', clientSecret: 'secret' },
  sendLoginOtp: { mobileNumber: '+44 7700 900123' },
  verifyLoginOtp: { otp: '123456' },
  signOut: undefined,
  listPackages: { status: 'PENDING', page: 1, pageSize: 50, search: 'offer' },
  getPackage: { packageId: 7, otp: '123456', password: 'open-sesame' },
  requestPackageOtp: { packageId: 7 },
  getDocumentFields: { packageId: 7, documentId: 3 },
  requestOtp: ref,
  getPageImage: { packageId: 7, documentId: 3, page: 1, width: 800, height: 1000 },
  getSigningPreferences: undefined,
  signField: { ...ref, otp: '123456', method: 'drawn', image: PNG, reason: 'Agreed', location: 'Berlin', contact: 'alice@example.com', inPersonName: 'Bob' },
  getFieldStatus: ref,
  fillInitials: { ...ref, image: PNG, applyToAll: true },
  saveFormFields: {
    packageId: 7,
    documentId: 3,
    values: [
      { fieldName: 'Name', kind: 'text', value: 'Alice' },
      { fieldName: 'Agree', kind: 'checkbox', value: true },
    ],
  },
  declinePackage: { packageId: 7, reason: 'Wrong amount' },
  approvePackage: { packageId: 7, reason: 'Fine' },
  submitPackage: { packageId: 7 },
  finishPackage: { packageId: 7 },
  setHostPin: { pin: '2468' },
  startHandOver: ref,
  getHostState: { after: 3 },
  unlockHost: { pin: '2468' },
  lockHost: undefined,
  stillHereHost: undefined,
  exportAuditRecord: undefined,
  quitApp: undefined,
  startDownload: { kind: 'document', packageId: 131, documentId: 1311 },
  getDownload: { downloadId: '0b6f3f3e-4a8c-4b7e-9a59-2f1f5d1c3e7a', after: 2 },
  cancelDownload: { downloadId: '0b6f3f3e-4a8c-4b7e-9a59-2f1f5d1c3e7a' },
  openDownload: { downloadId: '0b6f3f3e-4a8c-4b7e-9a59-2f1f5d1c3e7a' },
  getVerification: { packageId: 131, documentId: 1311 },
  getPackageHistory: { packageId: 131, page: 1, pageSize: 20 },
  getSettings: undefined,
};

/** One valid input per hand-over channel. */
const VALID_HAND_OVER: { [C in HandOverChannel]: HandOverContract[C]['input'] } = {
  getHandOver: { after: 4 },
  getHandOverPage: { page: 1, width: 800, height: 1000 },
  sendHandOverCode: undefined,
  signHandOver: { name: 'Ann Walker', method: 'typed', image: PNG, otp: '123456' },
  declineHandOver: undefined,
  stillHere: undefined,
};

const CASES_PER_CHANNEL = 300;

function serve() {
  const calls: string[] = [];
  const table = Object.fromEntries(CHANNELS.map((channel) => [channel, async () => void calls.push(channel)])) as unknown as HandlerTable;
  const handOver = Object.fromEntries(HAND_OVER_CHANNELS.map((channel) => [channel, async () => void calls.push(channel)])) as unknown as HandOverTable;
  const served = new Map<ServedChannel, ServedHandler>();
  serveHandlers(table, handOver, (channel, handler) => served.set(channel, handler));
  return { served, calls };
}

const describeInput = (input: unknown): string => {
  try {
    return (
      JSON.stringify(input, (_key, value: unknown) =>
        typeof value === 'bigint' ? `${value}n` : typeof value === 'function' || typeof value === 'symbol' ? String(value) : value,
      )?.slice(0, 200) ?? String(input)
    );
  } catch {
    return Object.prototype.toString.call(input);
  }
};

describe('bridge input fuzz', () => {
  it('takes the valid sample of every channel', async () => {
    const { served, calls } = serve();
    for (const channel of CHANNELS) expect(await served.get(channel)!(TRUSTED, VALID[channel]), channel).toMatchObject({ ok: true });
    expect(calls).toEqual([...CHANNELS]);
    for (const channel of HAND_OVER_CHANNELS)
      expect(await served.get(channel)!(HAND_OVER_WINDOW, VALID_HAND_OVER[channel]), channel).toMatchObject({ ok: true });
    expect(calls).toEqual([...CHANNELS, ...HAND_OVER_CHANNELS]);
  });

  // Host channels as the main window sends them, hand-over channels as a hand-over window does.
  const cases = [
    ...CHANNELS.map((channel) => ({ channel: channel as ServedChannel, sender: TRUSTED as SenderFacts, valid: VALID[channel] as unknown })),
    ...HAND_OVER_CHANNELS.map((channel) => ({
      channel: channel as ServedChannel,
      sender: HAND_OVER_WINDOW as SenderFacts,
      valid: VALID_HAND_OVER[channel] as unknown,
    })),
  ];

  it.each(cases)(`answers invalid_input to ${CASES_PER_CHANNEL} malformed $channel inputs, and never runs the handler`, async ({ channel, sender, valid }) => {
    const { served, calls } = serve();
    const inputs = malformedInputs(valid, CASES_PER_CHANNEL);
    expect(inputs.length).toBeGreaterThanOrEqual(CASES_PER_CHANNEL);
    const accepted: string[] = [];
    for (const input of inputs) {
      const result: Result<unknown> = await served.get(channel)!(sender, input);
      if (result.ok || result.error.kind !== 'invalid_input') accepted.push(describeInput(input));
    }
    expect(accepted).toEqual([]);
    expect(calls).toEqual([]);
  });
});

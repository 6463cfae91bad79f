// The browser shell's transport to its main-process twin: values carried by structured clone, and
// every failure answered with an error result, so that no call is left waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeClone } from '../../scripts/browser-shell/clone-codec.js';
import { startHost, type HostConnection } from '../../scripts/browser-shell/host-connection.js';
import { EXPOSE_GC_ENV } from '../../scripts/browser-shell/shell-messages.js';
import { SHELL_ORIGIN } from '../../scripts/browser-shell/shell-origin.js';

const SENDER = { url: `${SHELL_ORIGIN}/index.html`, isTopFrame: true, fromMainWindow: true };
let profile = '';
// A server that takes connections and never answers: a call to it stays in flight.
let silent: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'desk-signer-host-'));
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await rm(profile, { recursive: true, force: true });
});

const launch = (env: NodeJS.ProcessEnv = {}): Promise<HostConnection> =>
  startHost({ env: { ...process.env, DESK_SIGNER_USER_DATA: profile, ...env }, args: [] });

describe('browser shell host connection', () => {
  it('carries NaN and BigInt to main as they are, where they are refused', async () => {
    const host = await launch();
    try {
      expect(await host.call({ channel: 'signOut', encodedInput: encodeClone(NaN), sender: SENDER })).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input' },
      });
      expect(await host.call({ channel: 'requestPackageOtp', encodedInput: encodeClone({ packageId: 1n }), sender: SENDER })).toMatchObject({
        ok: false,
        error: { kind: 'invalid_input' },
      });
      expect(await host.call({ channel: 'getAppInfo', encodedInput: encodeClone(undefined), sender: SENDER })).toMatchObject({ ok: true });
    } finally {
      await host.stop();
    }
  });

  it('answers a call still waiting when the host stops, and any call after', async () => {
    const host = await launch();
    const { port } = silent.address() as { port: number };
    const waiting = host.call({ channel: 'checkServer', encodedInput: encodeClone({ serverUrl: `http://127.0.0.1:${port}` }), sender: SENDER });
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    await host.stop();
    const stopped = { ok: false, error: { kind: 'network', message: 'Desk Signer’s main process has stopped.' } };
    expect(await waiting).toEqual(stopped);
    expect(await host.call({ channel: 'getAppInfo', encodedInput: encodeClone(undefined), sender: SENDER })).toEqual(stopped);
  });

  it('gives its heap after a forced GC only when started for it, and nothing once it has stopped', async () => {
    const plain = await launch();
    try {
      expect(await plain.heapUsed()).toBeNull();
    } finally {
      await plain.stop();
    }
    const measured = await launch({ [EXPOSE_GC_ENV]: '1' });
    expect(await measured.heapUsed()).toBeGreaterThan(1_000_000);
    await measured.stop();
    expect(await measured.heapUsed()).toBeNull();
  });
});

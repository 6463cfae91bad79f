// The API client against an HTTPS sandbox whose certificate comes from a CA made here, directly and through
// a local CONNECT proxy: certificate failures get their own message, extraCaFile fixes them, the proxy sees all.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy } from 'proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeApp } from '../../main/compose.js';
import { resolveConfig, validatePolicy } from '../../main/config/app-config.js';
import { MemoryStore } from '../../main/session/memory-store.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { createPrivateCa, type PrivateCa } from '../sandbox/tls.js';
import { failureOf } from '../support/main-harness.js';

let dir = '';
let ca: PrivateCa;
let caFile = '';
const sandboxes: Sandbox[] = [];

/** An HTTPS sandbox with a certificate from the test CA. */
async function tlsSandbox(issue: Parameters<PrivateCa['issue']>[0] = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({ port: 0, packages: 0, tls: ca.issue(issue) });
  sandboxes.push(sandbox);
  return sandbox;
}

/** The checkServer call the sign-in screen makes, through the services composed with this policy. */
async function checkServer(serverUrl: string, policy: Record<string, unknown> = {}) {
  const config = resolveConfig(validatePolicy(policy, 'test'), { serverUrl }, { settingsPath: join(dir, 'settings.json') });
  const table = await composeApp(config, { keychain: new MemoryStore(), retryLimit: 0 });
  return table.checkServer({ serverUrl });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-signer-tls-'));
  ca = createPrivateCa();
  caFile = join(dir, 'corp-ca.pem');
  await writeFile(caFile, ca.certPem);
});
afterAll(async () => {
  await Promise.all(sandboxes.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('certificates', () => {
  it('refuses a private CA’s certificate with its own message, and connects once extraCaFile names the CA', async () => {
    const { url } = await tlsSandbox();
    const refused = await failureOf(checkServer(url));
    expect(refused).toMatchObject({ kind: 'network', code: 'certificate_untrusted' });
    expect(refused.message).toContain('issued by a certificate authority this computer does not trust');
    expect(refused.message).toContain('extraCaFile');
    expect(refused.message).not.toMatch(/could not reach/i);
    await expect(checkServer(url, { extraCaFile: caFile })).resolves.toMatchObject({ installationName: 'SigningHub Sandbox' });
  });

  it('names an expired certificate and one for another host, even with the CA trusted', async () => {
    const expired = await tlsSandbox({ expired: true });
    expect(await failureOf(checkServer(expired.url, { extraCaFile: caFile }))).toMatchObject({
      code: 'certificate_expired',
      message: expect.stringContaining('has expired or is not yet valid') as unknown,
    });
    const otherHost = await tlsSandbox({ hosts: ['signing.example.org'] });
    expect(await failureOf(checkServer(otherHost.url, { extraCaFile: caFile }))).toMatchObject({
      code: 'certificate_wrong_host',
      message: expect.stringContaining('for another host name than the server URL') as unknown,
    });
  });

  it('stops start-up with a clear message when extraCaFile cannot be used', async () => {
    const junk = join(dir, 'junk.pem');
    await writeFile(junk, 'not a certificate');
    await expect(checkServer('https://127.0.0.1:9', { extraCaFile: junk })).rejects.toThrow(`The extraCaFile ${junk} holds no PEM certificate`);
    await expect(checkServer('https://127.0.0.1:9', { extraCaFile: join(dir, 'missing.pem') })).rejects.toThrow('cannot be read');
  });

  it('works against `npm run sandbox -- --tls`, trusting the CA file it writes', async () => {
    const cli: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'test/sandbox/cli.ts', '--tls', '--packages', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let out = '';
      const ready = new Promise<void>((resolve) =>
        cli.stdout?.on('data', (chunk: Buffer) => ((out += chunk.toString()), /extraCaFile\): \S+\n/.test(out) && resolve())),
      );
      await ready;
      const url = /listening on (https:\/\/\S+)/.exec(out)?.[1] ?? '';
      const cliCa = /extraCaFile\): (\S+)/.exec(out)?.[1] ?? '';
      expect(await failureOf(checkServer(url))).toMatchObject({ code: 'certificate_untrusted' });
      await expect(checkServer(url, { extraCaFile: cliCa })).resolves.toMatchObject({ installationName: 'SigningHub Sandbox' });
    } finally {
      cli.kill('SIGTERM');
    }
  }, 60_000);
});

describe('proxy', () => {
  let proxy: Server;
  let front: Server;
  const connects: string[] = [];
  let frontConnections = 0;
  let proxyUrl = '';
  let frontUrl = '';
  // Kept-alive tunnels would hold the servers open at the end.
  const sockets = new Set<Socket>();
  const track = (server: Server) => server.on('connection', (socket: Socket) => sockets.add(socket));

  beforeAll(async () => {
    const sandbox = await tlsSandbox();
    const target = new URL(sandbox.url);
    // Counts every TCP connection that reaches the sandbox, so a request that skipped the proxy shows.
    front = createTcpServer((socket) => {
      frontConnections++;
      const upstream = connect(Number(target.port), target.hostname);
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => upstream.destroy());
      upstream.on('error', () => socket.destroy());
    });
    track(front);
    await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
    frontUrl = `https://127.0.0.1:${(front.address() as AddressInfo).port}`;
    const server = createProxy(createHttpServer());
    server.authenticate = (req: IncomingMessage) => (connects.push(`${req.method} ${req.url}`), true);
    proxy = server;
    track(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => proxy.close(resolve));
    await new Promise((resolve) => front.close(resolve));
  });

  it('sends every request through the policy’s proxy with CONNECT, certificates still checked end to end', async () => {
    const policy = { proxy: proxyUrl, extraCaFile: caFile };
    for (let i = 0; i < 3; i++) await expect(checkServer(frontUrl, policy)).resolves.toMatchObject({ installationName: 'SigningHub Sandbox' });
    const host = frontUrl.replace('https://', '');
    expect(connects.length).toBeGreaterThan(0);
    expect(connects.every((line) => line === `CONNECT ${host}`)).toBe(true);
    // Each connection the server got was a tunnel the proxy opened: none came directly.
    expect(frontConnections).toBe(connects.length);
    // The proxy does not make a private CA trusted.
    expect(await failureOf(checkServer(frontUrl, { proxy: proxyUrl }))).toMatchObject({ code: 'certificate_untrusted' });
  });

  it('says when the proxy refuses the tunnel', async () => {
    const before = connects.length;
    (proxy as ReturnType<typeof createProxy>).authenticate = () => false;
    const refused = await failureOf(checkServer(frontUrl, { proxy: proxyUrl, extraCaFile: caFile }));
    expect(connects.length).toBe(before);
    expect(refused).toMatchObject({ code: 'proxy_refused', message: expect.stringContaining('needs a sign-in') as unknown });
  });
});

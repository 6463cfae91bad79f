// `npm run sandbox -- --port N --packages K`: runs the sandbox until SIGINT or SIGTERM.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO, FIXTURES } from './seed';
import { startSandbox } from './server';
import { createPrivateCa, type TlsPair } from './tls';
import { DEFAULT_SETTINGS } from './settings';
import { totpFor } from './totp';

const USAGE = 'usage: npm run sandbox -- [--port N] [--packages K] [--token-lifetime SECONDS] [--remote-approval-delay MS] [--tls]';

/** Parsed command-line options. */
interface CliOptions {
  port: number;
  packages: number;
  tokenLifetimeSeconds: number;
  remoteApprovalDelayMs: number;
  /** Serve HTTPS with a certificate from a private CA made now; its PEM is written for `extraCaFile`. */
  tls: boolean;
}

/** A whole number from a flag within bounds, or an Error that names the flag. */
function integerFlag(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw new Error(`--${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  const n = Number(value);
  if (n < min || n > max) throw new Error(`--${name} must be from ${min} to ${max}, got ${n}`);
  return n;
}

const VALUE_FLAGS = new Set(['--port', '-p', '--packages', '--token-lifetime', '--remote-approval-delay']);

/** Joins `--flag -3` into `--flag=-3`, so a negative number gets our message, not parseArgs' "ambiguous". */
function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (VALUE_FLAGS.has(arg) && next !== undefined && /^-\d/.test(next)) {
      out.push(arg.startsWith('--') ? `${arg}=${next}` : `${arg}${next}`);
      i++;
    } else {
      out.push(arg);
    }
  }
  return out;
}

/** Parses argv; throws an Error with a one-line message on bad input. */
function parseCli(argv: string[]): CliOptions | 'help' {
  const { values } = parseArgs({
    args: joinNegativeValues(argv),
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', short: 'p' },
      packages: { type: 'string' },
      'token-lifetime': { type: 'string' },
      'remote-approval-delay': { type: 'string' },
      tls: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return 'help';
  return {
    port: integerFlag('port', values.port, 0, 0, 65535),
    packages: integerFlag('packages', values.packages, 60, 0, 100_000),
    tokenLifetimeSeconds: integerFlag('token-lifetime', values['token-lifetime'], 3600, 1, 31_536_000),
    remoteApprovalDelayMs: integerFlag('remote-approval-delay', values['remote-approval-delay'], DEFAULT_SETTINGS.remoteApprovalDelayMs, 0, 600_000),
    tls: values.tls === true,
  };
}

/** A private CA and a server certificate from it; the CA's PEM goes to a fresh temp folder. */
async function privateTls(): Promise<{ pair: TlsPair; caFile: string }> {
  const ca = createPrivateCa();
  const caFile = join(await mkdtemp(join(tmpdir(), 'desk-signer-sandbox-ca-')), 'sandbox-ca.pem');
  await writeFile(caFile, ca.certPem);
  return { pair: ca.issue(), caFile };
}

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    // parseArgs messages can span lines; keep the first, which names the problem.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    console.error(`sandbox: ${message} (try --help)`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const tls = options.tls ? await privateTls() : null;
  const { tls: _wanted, ...sandboxOptions } = options;
  const sandbox = await startSandbox({ ...sandboxOptions, ...(tls ? { tls: tls.pair } : {}) });
  const totp = FIXTURES.totp;
  const authenticator = totpFor(totp.totpSecret, DEMO.users.alice.email);
  const users = Object.values(DEMO.users)
    .map((u) => `  ${u.email.padEnd(20)} ${u.password.padEnd(16)} ${u.name}${u.mobile ? ` (${u.mobile})` : ' (no mobile number)'}`)
    .join('\n');
  console.log(
    [
      `SigningHub sandbox listening on ${sandbox.url}`,
      `API client: client_id=${DEMO.clientId} client_secret=${DEMO.clientSecret}`,
      'Users (bob needs an SMS code at login; dave is inactive):',
      users,
      `alice has ${options.packages} generated packages plus ${FIXTURES.alicePendingOrder.length} pending fixtures, from "${FIXTURES.welcomePack.name}" and "${FIXTURES.errorLab.name}" on.`,
      `"${FIXTURES.passwordProtected.name}" opens with the password ${FIXTURES.passwordProtected.password}; remote approvals resolve after ${options.remoteApprovalDelayMs} ms.`,
      `"${totp.name}" signs with an authenticator code: secret ${totp.totpSecret}, current code ${authenticator.generate()}`,
      `  (add ${authenticator.toString()} to an authenticator app, or read ${sandbox.url}/_sandbox/totp)`,
      `SMS codes: ${sandbox.url}/_sandbox/outbox   request log: ${sandbox.url}/_sandbox/log`,
      ...(tls ? [`HTTPS with a certificate from a private test CA; its certificate (for extraCaFile): ${tls.caFile}`] : []),
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );
  // Started by another program (npm start, npm run preview): tell it where to connect.
  process.send?.({
    sandboxReady: {
      url: sandbox.url,
      clientId: DEMO.clientId,
      clientSecret: DEMO.clientSecret,
      user: { email: DEMO.users.alice.email, password: DEMO.users.alice.password },
      ...(tls ? { caFile: tls.caFile } : {}),
    },
  });
  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // A program that started it and went away takes the sandbox with it.
  process.once('disconnect', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

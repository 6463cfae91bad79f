// The whole main process minus Electron, composed against a sandbox, for integration tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeApp, type ComposedApp, type ComposeOptions } from '../../main/compose.js';
import { resolveConfig, type Policy } from '../../main/config/app-config.js';
import { MemoryStore } from '../../main/session/memory-store.js';
import type { CredentialStore } from '../../main/session/credential-store.js';
import { ApiFailure } from '../../main/signinghub/api-failure.js';
import type { ApiError } from '../../shared/contract.js';
import { DEMO } from '../sandbox/seed.js';

/** A composed main process with its profile folder and request-log lines. */
export interface MainHarness {
  table: ComposedApp;
  logLines: string[];
  profile: string;
  /** The keychain stand-in, shared with a restarted harness. */
  keychain: CredentialStore;
  /** Signs in (password grant, remembered) as a demo user. */
  signIn(user?: { email: string; password: string }): Promise<void>;
  dispose(): Promise<void>;
}

/** More policy keys, and the desktop and clock of the kiosk tests. */
export interface HarnessOptions extends Pick<ComposeOptions, 'desktop' | 'clock'> {
  policy?: Policy;
}

/**
 * Composes main against `serverUrl` with the demo client preconfigured and the in-memory store. Pass an earlier harness's
 * profile and store to model a restart.
 */
export async function createMainHarness(
  serverUrl: string,
  restartOf?: { profile: string; keychain: CredentialStore },
  options: HarnessOptions = {},
): Promise<MainHarness> {
  const profile = restartOf?.profile ?? (await mkdtemp(join(tmpdir(), 'desk-signer-it-')));
  const keychain = restartOf?.keychain ?? new MemoryStore();
  const policy: Policy = { clientId: DEMO.clientId, clientSecret: DEMO.clientSecret, ...options.policy };
  const config = resolveConfig(policy, { serverUrl }, { settingsPath: join(profile, 'settings.json') });
  const logLines: string[] = [];
  const { desktop, clock } = options;
  const table = await composeApp(config, { keychain, log: (l) => logLines.push(l), ...(desktop ? { desktop } : {}), ...(clock ? { clock } : {}) });
  return {
    table,
    logLines,
    profile,
    keychain,
    signIn: async (user = DEMO.users.alice) => {
      const outcome = await table.signIn({ serverUrl, email: user.email, password: user.password, remember: true });
      if (outcome.status !== 'signed_in') throw new Error(`sign-in stopped at ${outcome.status}`);
    },
    dispose: async () => {
      table.kiosk.dispose();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Awaits a call that must fail and returns its envelope error. */
export async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiFailure) return error.error;
    throw error;
  }
  throw new Error('expected a failure');
}

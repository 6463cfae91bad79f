import { parsePolicy, type Policy } from './app-config.js';
import type { MachineFacts } from './policy-sources/machine-facts.js';
import { readMachinePolicy } from './policy-sources/machine-policy.js';

/** Where a policy and dev defaults come from at launch. */
export interface LaunchSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Files, ownership and commands (`reg`, `plutil`, PowerShell) of this machine. */
  machine: MachineFacts;
}

/** The policy, the dev defaults, and warnings about policy files that were ignored. */
export interface LaunchOptions {
  policy: Policy;
  defaults: Policy;
  warnings: string[];
}

/**
 * Reads the admin policy and the dev defaults. A packaged app reads only machine-wide policy that
 * administrators alone can write, so a user cannot pin anyone's server; dev builds and tests take
 * `--policy=FILE` or DESK_SIGNER_POLICY, plus defaults from DESK_SIGNER_SERVER_URL / _CLIENT_ID /
 * _CLIENT_SECRET (what `npm start` sets), and `--kiosk`.
 */
export function readLaunchOptions(sources: LaunchSources): LaunchOptions {
  const { env } = sources;
  if (sources.isPackaged) return { ...readMachinePolicy(sources.platform, sources.machine), defaults: {} };
  const policyPath = sources.argv.find((a) => a.startsWith('--policy='))?.slice('--policy='.length) ?? env.DESK_SIGNER_POLICY;
  let policy: Policy = {};
  if (policyPath) {
    let text: string;
    try {
      text = sources.machine.readFile(policyPath);
    } catch {
      throw new Error(`Policy file ${policyPath} cannot be read.`);
    }
    policy = parsePolicy(text, policyPath);
  }
  const defaults: Policy = {
    ...(env.DESK_SIGNER_SERVER_URL ? { serverUrl: env.DESK_SIGNER_SERVER_URL } : {}),
    ...(env.DESK_SIGNER_CLIENT_ID ? { clientId: env.DESK_SIGNER_CLIENT_ID } : {}),
    ...(env.DESK_SIGNER_CLIENT_SECRET ? { clientSecret: env.DESK_SIGNER_CLIENT_SECRET } : {}),
    // A dev build may try kiosk mode without a policy file; a packaged one takes it only from policy.
    ...(sources.argv.includes('--kiosk') ? { kioskMode: true } : {}),
  };
  return { policy, defaults, warnings: [] };
}

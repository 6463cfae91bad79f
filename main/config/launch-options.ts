import { posix, win32 } from 'node:path';
import { parsePolicy, type Policy } from './app-config.js';

/** Where a policy and dev defaults come from at launch. */
export interface LaunchSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  readFile: (path: string) => string;
  exists: (path: string) => boolean;
}

/** The machine-wide policy file of a packaged app: a place only administrators can write. */
export function machinePolicyPath(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string {
  if (platform === 'win32') return win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Desk Signer', 'policy.json');
  if (platform === 'darwin') return posix.join('/Library', 'Application Support', 'Desk Signer', 'policy.json');
  return posix.join('/etc', 'desk-signer', 'policy.json');
}

/**
 * Reads the admin policy and the dev defaults. A packaged app reads only the machine-wide file, so a
 * user cannot pin their own server by launching with other arguments; dev builds and tests take
 * `--policy=FILE` or DESK_SIGNER_POLICY, plus defaults from DESK_SIGNER_SERVER_URL / _CLIENT_ID /
 * _CLIENT_SECRET (what `npm start` sets), and `--kiosk`.
 */
export function readLaunchOptions(sources: LaunchSources): { policy: Policy; defaults: Policy } {
  const { env } = sources;
  const policyPath = sources.isPackaged
    ? machinePolicyPath(sources.platform, env)
    : (sources.argv.find((a) => a.startsWith('--policy='))?.slice('--policy='.length) ?? env.DESK_SIGNER_POLICY);
  let policy: Policy = {};
  if (policyPath && (!sources.isPackaged || sources.exists(policyPath))) {
    let text: string;
    try {
      text = sources.readFile(policyPath);
    } catch {
      throw new Error(`Policy file ${policyPath} cannot be read.`);
    }
    policy = parsePolicy(text, policyPath);
  }
  const defaults: Policy = sources.isPackaged
    ? {}
    : {
        ...(env.DESK_SIGNER_SERVER_URL ? { serverUrl: env.DESK_SIGNER_SERVER_URL } : {}),
        ...(env.DESK_SIGNER_CLIENT_ID ? { clientId: env.DESK_SIGNER_CLIENT_ID } : {}),
        ...(env.DESK_SIGNER_CLIENT_SECRET ? { clientSecret: env.DESK_SIGNER_CLIENT_SECRET } : {}),
        // A dev build may try kiosk mode without a policy file; a packaged one takes it only from policy.
        ...(sources.argv.includes('--kiosk') ? { kioskMode: true } : {}),
      };
  return { policy, defaults };
}

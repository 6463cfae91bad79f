import { parsePolicy, type Policy } from './app-config.js';

/** Where a policy and dev defaults come from at launch. */
export interface LaunchSources {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  isPackaged: boolean;
  readFile: (path: string) => string;
}

/**
 * Reads the admin policy (`--policy=FILE` or DESK_SIGNER_POLICY) and, in dev builds only,
 * defaults from DESK_SIGNER_SERVER_URL / _CLIENT_ID / _CLIENT_SECRET (what `npm start` sets).
 */
export function readLaunchOptions(sources: LaunchSources): { policy: Policy; defaults: Policy } {
  const flag = sources.argv.find((a) => a.startsWith('--policy='))?.slice('--policy='.length);
  const policyPath = flag ?? sources.env.DESK_SIGNER_POLICY;
  let policy: Policy = {};
  if (policyPath) {
    let text: string;
    try {
      text = sources.readFile(policyPath);
    } catch {
      throw new Error(`Policy file ${policyPath} cannot be read.`);
    }
    policy = parsePolicy(text, policyPath);
  }
  const { env } = sources;
  const defaults: Policy = sources.isPackaged
    ? {}
    : {
        ...(env.DESK_SIGNER_SERVER_URL ? { serverUrl: env.DESK_SIGNER_SERVER_URL } : {}),
        ...(env.DESK_SIGNER_CLIENT_ID ? { clientId: env.DESK_SIGNER_CLIENT_ID } : {}),
        ...(env.DESK_SIGNER_CLIENT_SECRET ? { clientSecret: env.DESK_SIGNER_CLIENT_SECRET } : {}),
      };
  return { policy, defaults };
}

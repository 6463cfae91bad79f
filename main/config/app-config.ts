import { z } from 'zod';
import type { ApiVersion } from '../../shared/contract.js';
import { DEFAULT_SERVER_TIME_ZONE, isValidTimeZone } from '../signinghub/dates.js';
import { normalizeServerUrl } from './server-url.js';

/** Where a packaged app points when nothing else is configured. */
export const DEFAULT_SERVER_URL = 'https://api.signinghub.com';

/** Seconds without input before the idle warning, unless the policy says otherwise. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 90;

/** An admin policy: any value set here is fixed and the user cannot change it. */
export const Policy = z
  .object({
    serverUrl: z.string().optional(),
    clientId: z.string().optional(),
    clientSecret: z.string().optional(),
    apiVersion: z.enum(['v3', 'v4']).optional(),
    /** Kiosk mode: lock-down, idle reset and a host lock (see README "Kiosk and in-person signing"). */
    kioskMode: z.boolean().optional(),
    /** Kiosk mode only: lets the host's session be kept in the keychain (off by default). */
    kioskRememberHost: z.boolean().optional(),
    /** Seconds without input before the idle warning; the warning itself then counts down IDLE_WARNING_SECONDS. */
    idleTimeoutSeconds: z.number().int().min(15).max(3600).optional(),
    /** IANA zone that zone-less server timestamps are read in (an on-premise server may not run on UTC). */
    serverTimeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone name such as "Europe/London"').optional(),
  })
  .strict();
/** A parsed policy. */
export type Policy = z.infer<typeof Policy>;

/** Everything main needs to build its services. */
export interface AppConfig {
  serverUrl: string;
  clientId: string;
  /** From policy or dev defaults; a user-entered secret goes to the keychain instead. */
  clientSecret: string;
  apiVersion: ApiVersion;
  kioskMode: boolean;
  /** Kiosk mode may persist the host's session only when this is true. */
  kioskRememberHost: boolean;
  idleTimeoutSeconds: number;
  /** IANA zone of zone-less server timestamps; 'UTC' unless the policy says otherwise. */
  serverTimeZone: string;
  serverUrlLocked: boolean;
  /** True when the policy sets the client id. */
  clientLocked: boolean;
  /** True when the policy sets the client secret; a policy may set the id alone and leave the secret to users. */
  clientSecretLocked: boolean;
  /** settings.json location. */
  settingsPath: string;
}

/** Builds the config: policy values are fixed, defaults only prefill what the user may change. */
export function resolveConfig(policy: Policy, defaults: Policy, facts: { settingsPath: string }): AppConfig {
  const serverUrl = policy.serverUrl ?? defaults.serverUrl;
  return {
    serverUrl: serverUrl ? normalizeServerUrl(serverUrl) : DEFAULT_SERVER_URL,
    clientId: policy.clientId ?? defaults.clientId ?? '',
    clientSecret: policy.clientSecret ?? defaults.clientSecret ?? '',
    apiVersion: policy.apiVersion ?? defaults.apiVersion ?? 'v3',
    kioskMode: policy.kioskMode ?? defaults.kioskMode ?? false,
    kioskRememberHost: policy.kioskRememberHost ?? defaults.kioskRememberHost ?? false,
    idleTimeoutSeconds: policy.idleTimeoutSeconds ?? defaults.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
    serverTimeZone: policy.serverTimeZone ?? defaults.serverTimeZone ?? DEFAULT_SERVER_TIME_ZONE,
    serverUrlLocked: policy.serverUrl !== undefined,
    clientLocked: policy.clientId !== undefined,
    clientSecretLocked: policy.clientSecret !== undefined,
    settingsPath: facts.settingsPath,
  };
}

/** Parses policy JSON text; a bad policy is a clear error naming the problem. */
export function parsePolicy(text: string, source: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`Policy ${source} is not valid JSON.`);
  }
  const result = Policy.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Policy ${source} is invalid at “${issue?.path.join('.') || '(root)'}”: ${issue?.message ?? 'unknown problem'}.`);
  }
  return result.data;
}

import { isAbsolute, win32 } from 'node:path';
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
    /** Whether users may change the server URL; locked by default whenever the policy sets `serverUrl`. */
    lockServerUrl: z.boolean().optional(),
    /** Updates on or off (on by default when an update feed is configured). */
    autoUpdate: z.boolean().optional(),
    /** The generic update feed: a folder holding latest.yml and the installers. */
    updateUrl: z.url({ protocol: /^https$/, error: 'must be an https:// URL' }).optional(),
    /** The update channel, e.g. "latest" or "beta". */
    updateChannel: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be a channel name such as "latest" or "beta"')
      .optional(),
    /** A proxy for every API call, e.g. "http://proxy.example.org:8080"; otherwise the system's. */
    proxy: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// proxy URL' }).optional(),
    /** A PEM file of extra CA certificates, added to the system's (e.g. a TLS-inspecting proxy's CA). */
    extraCaFile: z
      .string()
      .refine((p) => isAbsolute(p) || win32.isAbsolute(p), 'must be an absolute path to a PEM file')
      .optional(),
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
  /** Update feed settings: off unless a feed URL is known and the policy leaves updates on. */
  update: { enabled: boolean; url: string | null; channel: string };
  /** The policy's proxy URL; null means the system's proxy settings. */
  proxy: string | null;
  /** The policy's extra CA file, appended to the system's certificates. */
  extraCaFile: string | null;
  /** The policy keys that are set, so the settings screen can show them as locked. */
  policyKeys: (keyof Policy)[];
}

/** Builds the config: policy values are fixed, defaults only prefill what the user may change. */
export function resolveConfig(policy: Policy, defaults: Policy, facts: { settingsPath: string }): AppConfig {
  const serverUrl = policy.serverUrl ?? defaults.serverUrl;
  const updateUrl = policy.updateUrl ?? defaults.updateUrl;
  return {
    serverUrl: serverUrl ? normalizeServerUrl(serverUrl) : DEFAULT_SERVER_URL,
    clientId: policy.clientId ?? defaults.clientId ?? '',
    clientSecret: policy.clientSecret ?? defaults.clientSecret ?? '',
    apiVersion: policy.apiVersion ?? defaults.apiVersion ?? 'v3',
    kioskMode: policy.kioskMode ?? defaults.kioskMode ?? false,
    kioskRememberHost: policy.kioskRememberHost ?? defaults.kioskRememberHost ?? false,
    idleTimeoutSeconds: policy.idleTimeoutSeconds ?? defaults.idleTimeoutSeconds ?? DEFAULT_IDLE_TIMEOUT_SECONDS,
    serverTimeZone: policy.serverTimeZone ?? defaults.serverTimeZone ?? DEFAULT_SERVER_TIME_ZONE,
    serverUrlLocked: policy.lockServerUrl ?? policy.serverUrl !== undefined,
    clientLocked: policy.clientId !== undefined,
    clientSecretLocked: policy.clientSecret !== undefined,
    settingsPath: facts.settingsPath,
    update: {
      url: updateUrl ?? null,
      enabled: updateUrl !== undefined && (policy.autoUpdate ?? defaults.autoUpdate ?? true),
      channel: policy.updateChannel ?? defaults.updateChannel ?? 'latest',
    },
    proxy: policy.proxy ?? defaults.proxy ?? null,
    extraCaFile: policy.extraCaFile ?? defaults.extraCaFile ?? null,
    policyKeys: (Object.keys(policy) as (keyof Policy)[]).filter((key) => policy[key] !== undefined),
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
  return validatePolicy(json, source);
}

/** Validates policy values from any source (a JSON file, the registry, a managed plist); throws naming the key. */
export function validatePolicy(json: unknown, source: string): Policy {
  const result = Policy.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`Policy ${source} is invalid at “${issue?.path.join('.') || '(root)'}”: ${issue?.message ?? 'unknown problem'}.`);
  }
  return result.data;
}

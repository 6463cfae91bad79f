// Typed helpers for the sandbox's /_sandbox/ control API, shared by integration and e2e tests.

import type { DownloadRecord } from '../sandbox/download-log.js';
import type { FaultSpec } from '../sandbox/faults.js';
import type { OutboxEntry } from '../sandbox/otp-store.js';
import type { LogEntry } from '../sandbox/request-log.js';

export type { DownloadRecord, FaultSpec, LogEntry, OutboxEntry };

async function control(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}/_sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox control ${method} ${path} answered ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** What each download answered (path, size, SHA-256), oldest first. */
export const sandboxDownloads = (base: string) => control(base, 'GET', 'downloads') as Promise<DownloadRecord[]>;

/** The SMS outbox. */
export const outbox = (base: string) => control(base, 'GET', 'outbox') as Promise<OutboxEntry[]>;
/** The request log (control calls excluded). */
export const requestLog = (base: string) => control(base, 'GET', 'log') as Promise<LogEntry[]>;
/** Empties the request log. */
export const clearLog = (base: string) => control(base, 'DELETE', 'log');
/** Adds a fault. */
export const addFault = (base: string, fault: FaultSpec) => control(base, 'POST', 'faults', fault);
/** Removes every fault. */
export const clearFaults = (base: string) => control(base, 'DELETE', 'faults');
/** Expires every access token; refresh tokens keep working. */
export const expireTokens = (base: string) => control(base, 'POST', 'expire-tokens');
/** Expires the access token and refuses its refresh as SigningHub does a spent one: the next call ends the session. */
export async function refuseRenewal(base: string): Promise<void> {
  await expireTokens(base);
  await addFault(base, {
    method: 'POST',
    path: '^/authenticate$',
    status: 400,
    body: '{"error":"invalid_grant","error_description":"Invalid or expired refresh token"}',
  });
}
/** Back to the seed state. */
export const resetSandbox = (base: string) => control(base, 'POST', 'reset');

/** The newest SMS sent for a field, or undefined. */
export async function latestCode(base: string, fieldName: string | null): Promise<OutboxEntry | undefined> {
  return (await outbox(base)).filter((e) => e.field_name === fieldName).at(-1);
}

// Typed helpers for the sandbox's /_sandbox/ control API, shared by integration and e2e tests.

/** An SMS the sandbox "sent". */
export interface OutboxEntry {
  to: string;
  code: string;
  package_id: number | null;
  document_id: number | null;
  field_name: string | null;
  sent_at: string;
}

/** One request the sandbox received. */
export interface LogEntry {
  seq: number;
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  status: number;
  at: string;
}

/** A fault to inject; `path` is a regular expression source matched against the URL path. */
export interface Fault {
  method?: string;
  path: string;
  times?: number;
  latencyMs?: number;
  status?: number;
  message?: string;
  body?: string;
  malformedJson?: true;
  drop?: true;
}

async function control(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}/_sandbox/${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`sandbox control ${method} ${path} answered ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/** The SMS outbox. */
export const outbox = (base: string) => control(base, 'GET', 'outbox') as Promise<OutboxEntry[]>;
/** The request log (control calls excluded). */
export const requestLog = (base: string) => control(base, 'GET', 'log') as Promise<LogEntry[]>;
/** Empties the request log. */
export const clearLog = (base: string) => control(base, 'DELETE', 'log');
/** Adds a fault. */
export const addFault = (base: string, fault: Fault) => control(base, 'POST', 'faults', fault);
/** Removes every fault. */
export const clearFaults = (base: string) => control(base, 'DELETE', 'faults');
/** Expires every access token; refresh tokens keep working. */
export const expireTokens = (base: string) => control(base, 'POST', 'expire-tokens');
/** Back to the seed state. */
export const resetSandbox = (base: string) => control(base, 'POST', 'reset');

/** The newest SMS sent for a field, or undefined. */
export async function latestCode(base: string, fieldName: string | null): Promise<OutboxEntry | undefined> {
  return (await outbox(base)).filter((e) => e.field_name === fieldName).at(-1);
}

// Run-time settings a test may change through PATCH (or POST) /_sandbox/settings.
import { fail } from './errors';

/** Settings of a running sandbox. */
export interface SandboxSettings {
  /** How long a remote approval stays PENDING after signing, in milliseconds. */
  remoteApprovalDelayMs: number;
  /** When false, GET .../fields (all pages) answers ASP.NET's 404 and only .../fields/{page_no} works. */
  fieldsAllPages: boolean;
}

/** Settings when SandboxOptions gives none. */
export const DEFAULT_SETTINGS: Readonly<SandboxSettings> = { remoteApprovalDelayMs: 1500, fieldsAllPages: true };

/** Longest allowed delay: ten minutes, like fault latency. */
const MAX_DELAY_MS = 600_000;

/** Throws a RangeError unless `ms` is a usable remote approval delay. */
export function checkApprovalDelay(ms: number): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DELAY_MS) {
    throw new RangeError(`remoteApprovalDelayMs must be a number of milliseconds from 0 to ${MAX_DELAY_MS}, got ${String(ms)}`);
  }
  return ms;
}

/** Throws a RangeError unless `value` is a boolean. */
function checkBoolean(name: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new RangeError(`${name} must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/** Each setting's check, which returns the value to store. */
const CHECKS: { [K in keyof SandboxSettings]: (value: unknown) => SandboxSettings[K] } = {
  remoteApprovalDelayMs: (value) => checkApprovalDelay(value as number),
  fieldsAllPages: (value) => checkBoolean('fieldsAllPages', value),
};

const isSetting = (key: string): key is keyof SandboxSettings => Object.hasOwn(CHECKS, key);

/** Validates a posted settings patch; throws a 400 that says what is wrong. */
export function parseSettingsPatch(input: unknown): Partial<SandboxSettings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw fail(400, 'Invalid settings: the body must be a JSON object');
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!isSetting(key)) throw fail(400, `Invalid settings: unknown key "${key}"`);
    try {
      patch[key] = CHECKS[key](value);
    } catch (error) {
      throw fail(400, `Invalid settings: ${(error as Error).message}`);
    }
  }
  return patch as Partial<SandboxSettings>;
}

// Run-time settings a test may change through POST /_sandbox/settings.
import { fail } from './errors';

/** Settings of a running sandbox. */
export interface SandboxSettings {
  /** How long a remote approval stays PENDING after signing, in milliseconds. */
  remoteApprovalDelayMs: number;
}

/** Settings when SandboxOptions gives none. */
export const DEFAULT_SETTINGS: Readonly<SandboxSettings> = { remoteApprovalDelayMs: 1500 };

/** Longest allowed delay: ten minutes, like fault latency. */
const MAX_DELAY_MS = 600_000;

/** Throws a RangeError unless `ms` is a usable remote approval delay. */
export function checkApprovalDelay(ms: number): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_DELAY_MS) {
    throw new RangeError(`remoteApprovalDelayMs must be a number of milliseconds from 0 to ${MAX_DELAY_MS}, got ${String(ms)}`);
  }
  return ms;
}

/** Validates a posted settings patch; throws a 400 that says what is wrong. */
export function parseSettingsPatch(input: unknown): Partial<SandboxSettings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw fail(400, 'Invalid settings: the body must be a JSON object');
  const patch: Partial<SandboxSettings> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'remoteApprovalDelayMs') throw fail(400, `Invalid settings: unknown key "${key}"`);
    try {
      patch.remoteApprovalDelayMs = checkApprovalDelay(value as number);
    } catch (error) {
      throw fail(400, `Invalid settings: ${(error as Error).message}`);
    }
  }
  return patch;
}

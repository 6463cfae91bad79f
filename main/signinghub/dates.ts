import { TZDate } from '@date-fns/tz';

// `T` or a space between date and time; optional seconds and fractions; `Z`, `+0000`, `+00:00`, `+00` or no zone.
const SIGNINGHUB_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The zone Desk Signer reads zone-less server times in when the policy names none. */
export const DEFAULT_SERVER_TIME_ZONE = 'UTC';

/** True when `Intl` knows the IANA time zone name. */
export function isValidTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads SigningHub's timestamps (zone-less, `Z`, `+0000`, `+00:00`, short fractions, `T` or space);
 * a zone-less one is a wall-clock time in `serverTimeZone`. Returns ISO 8601 or null, never throws.
 */
export function parseServerDate(value: unknown, serverTimeZone: string = DEFAULT_SERVER_TIME_ZONE): string | null {
  if (typeof value !== 'string') return null;
  const m = SIGNINGHUB_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '0', zone] = m;
  // Truncate, never round: .9999999 s rounded would roll into the next second.
  const ms = Math.min(999, Math.floor(Number(`0.${frac}`) * 1000));
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms] as const;
  // Date.UTC rolls 2015-13-45 over into 2016; a calendar round trip catches that.
  const wall = new Date(Date.UTC(...parts));
  if (
    wall.getUTCMonth() !== parts[1] ||
    wall.getUTCDate() !== parts[2] ||
    wall.getUTCHours() !== parts[3] ||
    wall.getUTCMinutes() !== parts[4] ||
    wall.getUTCSeconds() !== parts[5]
  ) {
    return null;
  }
  const instant = zone ? wall.getTime() - offsetMinutes(zone) * 60_000 : zonedInstant(parts, serverTimeZone);
  return Number.isFinite(instant) ? new Date(instant).toISOString() : null;
}

/** Minutes east of UTC for `Z`, `+02`, `+0200` or `+02:00`. */
function offsetMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

function zonedInstant(parts: readonly [number, number, number, number, number, number, number], timeZone: string): number {
  if (timeZone === 'UTC') return Date.UTC(...parts);
  return new TZDate(...parts, timeZone).getTime();
}

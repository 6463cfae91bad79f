const SIGNINGHUB_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Reads SigningHub's zone-less, `Z` or space-separated timestamps; returns ISO 8601 or null, never throws. */
export function parseServerDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = SIGNINGHUB_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', frac = '0', zone] = m;
  // Truncate, never round: .9999999 s rounded would roll into the next second.
  const ms = Math.min(999, Math.floor(Number(`0.${frac}`) * 1000));
  const parts = [Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms] as const;
  // Date.UTC rolls 2015-13-45 over into 2016; a calendar round trip catches that.
  const check = new Date(Date.UTC(...parts));
  if (check.getUTCMonth() !== parts[1] || check.getUTCDate() !== parts[2] || check.getUTCHours() !== parts[3] || check.getUTCMinutes() !== parts[4] || check.getUTCSeconds() !== parts[5]) {
    return null;
  }
  // Zone-less times are read as UTC: the server names no zone, and SaaS runs on UTC.
  const offset = zone && zone !== 'Z' && !zone.includes(':') ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = offset ? new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}${offset}`) : check;
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

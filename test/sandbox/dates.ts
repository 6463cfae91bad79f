// SigningHub writes local timestamps without a zone, and sometimes with `Z` or a space.
import type { DateStyle } from './model';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Formats epoch milliseconds in one of SigningHub's date styles (wall-clock read as UTC). */
export function formatDate(ms: number, style: DateStyle = 'plain'): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  switch (style) {
    case 'zulu':
      return `${date}T${time}Z`;
    case 'space':
      return `${date} ${time}`;
    case 'fraction':
      return `${date}T${time}.${pad(d.getUTCMilliseconds(), 3)}`;
    default:
      return `${date}T${time}`;
  }
}

/** Like formatDate, but passes null through. */
export function formatOptionalDate(ms: number | null, style: DateStyle): string | null {
  return ms === null ? null : formatDate(ms, style);
}

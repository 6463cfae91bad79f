// SigningHub writes local timestamps without a zone, and sometimes with `Z`, `+0000`, a space or a short fraction.
import type { DateStyle } from './model';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Hundredths of a second as .NET writes them: trailing zeros dropped, at least one digit. */
function shortFraction(ms: number): string {
  return pad(Math.floor(ms / 10)).replace(/(\d)0$/, '$1');
}

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
    case 'offset':
      return `${date}T${time}+0000`;
    case 'shortFraction':
      return `${date}T${time}.${shortFraction(d.getUTCMilliseconds())}`;
    default:
      return `${date}T${time}`;
  }
}

/** Like formatDate, but passes null through. */
export function formatOptionalDate(ms: number | null, style: DateStyle): string | null {
  return ms === null ? null : formatDate(ms, style);
}

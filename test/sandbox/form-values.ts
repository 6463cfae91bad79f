// SigningHub's checks on form field values (PUT .../fields): length, format, choices and types.
import { optionalString } from './access';
import { invalid } from './errors';
import type { Field } from './model';

/** A DATE value: yyyy-mm-dd, the documented `YYYY-MM-DD hh:mm:ss +00`, or dd/mm/yyyy, on the calendar. */
function isDate(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?: \d{2}:\d{2}:\d{2} [+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  const uk = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : [];
  if (year === undefined || month === undefined || day === undefined) return false;
  const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return d.getUTCFullYear() === Number(year) && d.getUTCMonth() === Number(month) - 1 && d.getUTCDate() === Number(day);
}

/** Format checks by `format_type`; an unknown or empty type is free text. */
const FORMATS: Record<string, (text: string) => boolean> = {
  EMAIL: (t) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t),
  NUMBER: (t) => /^-?\d+(\.\d+)?$/.test(t),
  DATE: isDate,
  TIME: (t) => /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/.test(t),
  ALPHANUMERIC: (t) => /^[A-Za-z0-9]+$/.test(t),
};

/** True when a text value fits the field's format; an empty value clears the field and always fits. */
export function matchesFormat(f: Field, text: string): boolean {
  const check = FORMATS[(f.format_type ?? '').toUpperCase()];
  return text === '' || !check || check(text);
}

/**
 * Checks one fill item against its field (kind, read-only, length, format, choices, radio group)
 * and returns the value to store. Dropdown and list box values are single strings.
 */
export function fillValue(f: Field, item: Record<string, unknown>): string | boolean {
  const value = item['value'];
  if (f.read_only) throw invalid();
  switch (f.kind) {
    case 'text':
      if (typeof value !== 'string' || value.length > (f.max_length ?? Infinity) || !matchesFormat(f, value)) throw invalid();
      return value;
    case 'checkbox':
      if (typeof value !== 'boolean') throw invalid();
      return value;
    case 'radio': {
      const group = optionalString(item, 'radio_group_name');
      if (typeof value !== 'boolean' || (group !== undefined && group !== f.radio_group_name)) throw invalid();
      return value;
    }
    case 'dropdown':
    case 'listbox':
      if (typeof value !== 'string' || (value !== '' && !(f.choices ?? []).includes(value))) throw invalid();
      return value;
    default:
      throw invalid();
  }
}

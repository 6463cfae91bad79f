// SigningHub's checks on form field values (PUT .../fields): length, format, options and types.
import { invalid } from './errors';
import type { Field } from './model';

/** Checks a yyyy-mm-dd or dd/mm/yyyy date that exists on the calendar. */
function isDate(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
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
};

/** True when a text value fits the field's format; an empty value clears the field and always fits. */
export function matchesFormat(f: Field, text: string): boolean {
  const check = FORMATS[(f.format_type ?? '').toUpperCase()];
  return text === '' || !check || check(text);
}

/** Checks a fill value against the field's kind, length, format and options; returns the value to store. */
export function fillValue(f: Field, value: unknown): string | boolean | string[] {
  const options = f.options ?? [];
  switch (f.kind) {
    case 'text':
      if (typeof value !== 'string' || value.length > (f.max_length ?? Infinity) || !matchesFormat(f, value)) throw invalid();
      return value;
    case 'checkbox':
      if (typeof value !== 'boolean') throw invalid();
      return value;
    case 'radio':
    case 'dropdown':
      if (typeof value !== 'string' || (value !== '' && !options.includes(value))) throw invalid();
      return value;
    case 'listbox': {
      const values = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && options.includes(v))) throw invalid();
      return [...new Set(values as string[])];
    }
    default:
      throw invalid();
  }
}

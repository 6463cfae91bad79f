// Checks for form field values, shown inline under each input. Each returns a message, or null when valid.
import type { FieldInfo, FormValue } from '../../../shared/contract';
import { EMAIL_HINT, looksLikeEmail } from '../text/validation';

// An optional sign, digits, and an optional decimal part with a point or a comma.
const NUMBER_PATTERN = /^[+-]?\d+(?:[.,]\d+)?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// SigningHub may send a DATE value with a time and zone, e.g. "1990-04-01 00:00:00 +00": the date is what is shown.
const DATE_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}(?::?\d{2})?))?$/;
// 24-hour hh:mm or hh:mm:ss.
const TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;
// Letters (of any script) and digits, nothing else.
const ALPHANUMERIC_PATTERN = /^[\p{L}\p{Nd}]+$/u;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A text field's format as a key, e.g. "DATE"; '' for free text. */
export function formatKey(formatType: string): string {
  return formatType.trim().toUpperCase();
}

/** The value a form field starts from: the server's (a DATE without its time and zone), or the kind's empty value. */
export function initialFormValue(field: Pick<FieldInfo, 'kind' | 'value' | 'formatType'>): FormValue {
  if (field.value === null) return field.kind === 'checkbox' ? false : '';
  if (field.kind === 'text' && typeof field.value === 'string' && formatKey(field.formatType) === 'DATE') {
    return DATE_WITH_TIME.exec(field.value.trim())?.[1] ?? field.value;
  }
  return field.value;
}

/** The hint shown under a text field for its format, or null when it has none. */
export function formatHint(formatType: string): string | null {
  switch (formatKey(formatType)) {
    case 'EMAIL':
      return 'An email address, such as name@example.com.';
    case 'NUMBER':
      return 'A number, such as 42 or 3.5.';
    case 'DATE':
      return 'A date written YYYY-MM-DD, such as 2024-06-30.';
    case 'TIME':
      return 'A 24-hour time written hh:mm or hh:mm:ss, such as 09:30 or 17:45:00.';
    case 'ALPHANUMERIC':
      return 'Letters and digits only, with no spaces or symbols.';
    default:
      return null;
  }
}

/** Checks a text value: required, length, then format. */
function validateText(field: FieldInfo, value: string): string | null {
  const text = value.trim();
  if (text === '') return field.required ? 'This field is required.' : null;
  if (field.maxLength !== null && value.length > field.maxLength) return `Use at most ${field.maxLength} characters (now ${value.length}).`;
  switch (formatKey(field.formatType)) {
    case 'EMAIL':
      return looksLikeEmail(text) ? null : EMAIL_HINT;
    case 'NUMBER':
      return NUMBER_PATTERN.test(text) ? null : 'Enter a number, such as 42 or 3.5.';
    case 'DATE':
      return isIsoDate(text) ? null : 'Enter a date as YYYY-MM-DD, such as 2024-06-30.';
    case 'TIME':
      return TIME_PATTERN.test(text) ? null : 'Enter a 24-hour time as hh:mm or hh:mm:ss, such as 09:30.';
    case 'ALPHANUMERIC':
      return ALPHANUMERIC_PATTERN.test(text) ? null : 'Use letters and digits only, with no spaces or symbols.';
    default:
      return null;
  }
}

/** Checks a form field's value against its kind, `required`, `maxLength`, format and options (radio buttons and choices). */
export function validateFormValue(field: FieldInfo, value: FormValue): string | null {
  switch (field.kind) {
    case 'text':
      return validateText(field, typeof value === 'string' ? value : '');
    case 'checkbox':
      return field.required && value !== true ? 'Tick this box to continue.' : null;
    case 'radio':
    case 'dropdown':
    case 'listbox': {
      const choice = typeof value === 'string' ? value : '';
      if (choice === '') return field.required ? 'Choose an option.' : null;
      return field.options.includes(choice) ? null : 'Choose one of the listed options.';
    }
    default:
      return null;
  }
}

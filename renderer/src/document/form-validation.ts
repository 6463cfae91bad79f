// Checks for form field values, shown inline under each input. Each returns a message, or null when valid.
import type { FieldInfo, FormValue } from '../../../main/ipc/contract';
import { EMAIL_HINT, looksLikeEmail } from '../validation';

// An optional sign, digits, and an optional decimal part with a point or a comma.
const NUMBER_PATTERN = /^[+-]?\d+(?:[.,]\d+)?$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The value a form field starts from: the server's, or the kind's empty value. */
export function initialFormValue(field: Pick<FieldInfo, 'kind' | 'value'>): FormValue {
  if (field.value !== null) return field.value;
  if (field.kind === 'checkbox') return false;
  if (field.kind === 'listbox') return [];
  return '';
}

/** The hint shown under a text field for its format, or null when it has none. */
export function formatHint(formatType: string): string | null {
  switch (formatType.trim().toUpperCase()) {
    case 'EMAIL':
      return 'An email address, such as name@example.com.';
    case 'NUMBER':
      return 'A number, such as 42 or 3.5.';
    case 'DATE':
      return 'A date written YYYY-MM-DD, such as 2024-06-30.';
    default:
      return null;
  }
}

/** Checks a text value: required, length, then format. */
function validateText(field: FieldInfo, value: string): string | null {
  const text = value.trim();
  if (text === '') return field.required ? 'This field is required.' : null;
  if (field.maxLength !== null && value.length > field.maxLength) return `Use at most ${field.maxLength} characters (now ${value.length}).`;
  switch (field.formatType.trim().toUpperCase()) {
    case 'EMAIL':
      return looksLikeEmail(text) ? null : EMAIL_HINT;
    case 'NUMBER':
      return NUMBER_PATTERN.test(text) ? null : 'Enter a number, such as 42 or 3.5.';
    case 'DATE':
      return isIsoDate(text) ? null : 'Enter a date as YYYY-MM-DD, such as 2024-06-30.';
    default:
      return null;
  }
}

/** Checks a form field's value against its kind, `required`, `maxLength`, format and options. */
export function validateFormValue(field: FieldInfo, value: FormValue): string | null {
  switch (field.kind) {
    case 'text':
      return validateText(field, typeof value === 'string' ? value : '');
    case 'checkbox':
      return field.required && value !== true ? 'Tick this box to continue.' : null;
    case 'radio':
    case 'dropdown': {
      const choice = typeof value === 'string' ? value : '';
      if (choice === '') return field.required ? 'Choose an option.' : null;
      return field.options.includes(choice) ? null : 'Choose one of the listed options.';
    }
    case 'listbox': {
      const choices = Array.isArray(value) ? value : [];
      if (choices.length === 0) return field.required ? 'Choose at least one option.' : null;
      return choices.every((choice) => field.options.includes(choice)) ? null : 'Choose only listed options.';
    }
    default:
      return null;
  }
}

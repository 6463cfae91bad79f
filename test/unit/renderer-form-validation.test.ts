import { describe, expect, it } from 'vitest';
import { formatHint, initialFormValue, isIsoDate, validateFormValue } from '../../renderer/src/document/form-validation';
import { makeField } from './renderer-field-fixture';

describe('text fields', () => {
  it('checks required, then length, then format', () => {
    const field = makeField('Name', 'text', { required: true, maxLength: 5 });
    expect(validateFormValue(field, '  ')).toBe('This field is required.');
    expect(validateFormValue(field, 'Alexandra')).toBe('Use at most 5 characters (now 9).');
    expect(validateFormValue(field, 'Alex')).toBeNull();
    expect(validateFormValue(makeField('Note', 'text'), '')).toBeNull();
  });
  it('checks EMAIL, NUMBER and DATE formats, whatever their case', () => {
    expect(validateFormValue(makeField('E', 'text', { formatType: 'EMAIL' }), 'a@b')).toMatch(/email address/);
    expect(validateFormValue(makeField('E', 'text', { formatType: 'email' }), 'a@b.co')).toBeNull();
    expect(validateFormValue(makeField('N', 'text', { formatType: 'NUMBER' }), '4x')).toMatch(/number/);
    expect(validateFormValue(makeField('N', 'text', { formatType: 'NUMBER' }), '-3,5')).toBeNull();
    expect(validateFormValue(makeField('D', 'text', { formatType: 'DATE' }), '2024-02-30')).toMatch(/YYYY-MM-DD/);
    expect(validateFormValue(makeField('D', 'text', { formatType: 'DATE' }), '2024-02-29')).toBeNull();
  });
  it('checks TIME as a 24-hour hh:mm or hh:mm:ss', () => {
    const time = makeField('T', 'text', { formatType: 'TIME' });
    for (const good of ['00:00', '09:30', '23:59', '17:45:00', '23:59:59']) expect(validateFormValue(time, good)).toBeNull();
    for (const bad of ['24:00', '9:30', '12:60', '25:61', '09:30:60', '9.30', '09:30 pm', '0930']) {
      expect(validateFormValue(time, bad)).toBe('Enter a 24-hour time as hh:mm or hh:mm:ss, such as 09:30.');
    }
  });
  it('checks ALPHANUMERIC as letters and digits only', () => {
    const reference = makeField('R', 'text', { formatType: 'ALPHANUMERIC' });
    for (const good of ['AB12', 'abc', '42', 'Zürich7']) expect(validateFormValue(reference, good)).toBeNull();
    for (const bad of ['AB-12', 'AB 12', 'a_b', 'x!'])
      expect(validateFormValue(reference, bad)).toBe('Use letters and digits only, with no spaces or symbols.');
  });
  it('knows real calendar dates', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
    expect(isIsoDate('2000-12-31')).toBe(true);
  });
  it('hints at the format', () => {
    expect(formatHint('DATE')).toMatch(/YYYY-MM-DD/);
    expect(formatHint('time')).toBe('A 24-hour time written hh:mm or hh:mm:ss, such as 09:30 or 17:45:00.');
    expect(formatHint('ALPHANUMERIC')).toBe('Letters and digits only, with no spaces or symbols.');
    expect(formatHint('TEXT')).toBeNull();
  });
});

describe('choice fields', () => {
  it('a required checkbox must be ticked', () => {
    expect(validateFormValue(makeField('Agree', 'checkbox', { required: true }), false)).toBe('Tick this box to continue.');
    expect(validateFormValue(makeField('Agree', 'checkbox', { required: true }), true)).toBeNull();
    expect(validateFormValue(makeField('Opt', 'checkbox'), false)).toBeNull();
  });
  it('a radio group takes one of its buttons, and one is needed when the group is required', () => {
    const radio = makeField('Pay', 'radio', { required: true, options: ['Monthly', 'Yearly'] });
    expect(validateFormValue(radio, '')).toBe('Choose an option.');
    expect(validateFormValue(radio, 'Weekly')).toBe('Choose one of the listed options.');
    expect(validateFormValue(radio, 'Yearly')).toBeNull();
    expect(validateFormValue(makeField('Pay', 'radio', { options: ['Monthly'] }), '')).toBeNull();
  });
  it('dropdowns and list boxes take one listed choice as a string', () => {
    for (const kind of ['dropdown', 'listbox'] as const) {
      const field = makeField('Choice', kind, { required: true, options: ['A', 'B'] });
      expect(validateFormValue(field, '')).toBe('Choose an option.');
      expect(validateFormValue(field, 'C')).toBe('Choose one of the listed options.');
      expect(validateFormValue(field, 'B')).toBeNull();
      expect(validateFormValue(makeField('Choice', kind, { options: ['A'] }), '')).toBeNull();
    }
  });
});

describe('initialFormValue', () => {
  it('uses the server value, else the kind’s empty value', () => {
    expect(initialFormValue(makeField('t', 'text', { value: 'x' }))).toBe('x');
    expect(initialFormValue(makeField('c', 'checkbox'))).toBe(false);
    expect(initialFormValue(makeField('l', 'listbox'))).toBe('');
    expect(initialFormValue(makeField('r', 'radio'))).toBe('');
    expect(initialFormValue(makeField('d', 'dropdown'))).toBe('');
  });
  it('shows a DATE sent with a time and zone as its date, and leaves other values alone', () => {
    const date = (value: string) => initialFormValue(makeField('d', 'text', { formatType: 'DATE', value }));
    expect(date('1990-04-01 00:00:00 +00')).toBe('1990-04-01');
    expect(date('1990-04-01T00:00:00Z')).toBe('1990-04-01');
    expect(date('1990-04-01')).toBe('1990-04-01');
    expect(date('01/04/1990')).toBe('01/04/1990');
    expect(initialFormValue(makeField('t', 'text', { value: '1990-04-01 00:00:00 +00' }))).toBe('1990-04-01 00:00:00 +00');
  });
});

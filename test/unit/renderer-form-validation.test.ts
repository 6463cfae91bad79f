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
  it('knows real calendar dates', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
    expect(isIsoDate('2000-12-31')).toBe(true);
  });
  it('hints at the format', () => {
    expect(formatHint('DATE')).toMatch(/YYYY-MM-DD/);
    expect(formatHint('TEXT')).toBeNull();
  });
});

describe('choice fields', () => {
  it('a required checkbox must be ticked', () => {
    expect(validateFormValue(makeField('Agree', 'checkbox', { required: true }), false)).toBe('Tick this box to continue.');
    expect(validateFormValue(makeField('Agree', 'checkbox', { required: true }), true)).toBeNull();
    expect(validateFormValue(makeField('Opt', 'checkbox'), false)).toBeNull();
  });
  it('radio and dropdown take one listed option', () => {
    const radio = makeField('Pay', 'radio', { required: true, options: ['Monthly', 'Yearly'] });
    expect(validateFormValue(radio, '')).toBe('Choose an option.');
    expect(validateFormValue(radio, 'Weekly')).toBe('Choose one of the listed options.');
    expect(validateFormValue(radio, 'Yearly')).toBeNull();
    expect(validateFormValue(makeField('Country', 'dropdown', { options: ['IE'] }), '')).toBeNull();
  });
  it('a listbox takes listed options, at least one when required', () => {
    const listbox = makeField('Services', 'listbox', { required: true, options: ['A', 'B'] });
    expect(validateFormValue(listbox, [])).toBe('Choose at least one option.');
    expect(validateFormValue(listbox, ['A', 'C'])).toBe('Choose only listed options.');
    expect(validateFormValue(listbox, ['B', 'A'])).toBeNull();
  });
});

describe('initialFormValue', () => {
  it('uses the server value, else the kind’s empty value', () => {
    expect(initialFormValue(makeField('t', 'text', { value: 'x' }))).toBe('x');
    expect(initialFormValue(makeField('c', 'checkbox'))).toBe(false);
    expect(initialFormValue(makeField('l', 'listbox'))).toEqual([]);
    expect(initialFormValue(makeField('d', 'dropdown'))).toBe('');
  });
});

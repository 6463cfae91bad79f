import { describe, expect, it } from 'vitest';
import { toFormFieldsBody } from '../../main/signinghub/form-fields-body.js';

describe('toFormFieldsBody', () => {
  it('sends auto_save false and only the kinds given, a radio group as its chosen button', () => {
    expect(
      toFormFieldsBody([
        { fieldName: 'Full name', kind: 'text', value: 'Alice Example' },
        { fieldName: 'Account type', kind: 'radio', value: 'Savings' },
        { fieldName: 'Agree terms', kind: 'checkbox', value: true },
        { fieldName: 'Country', kind: 'dropdown', value: 'Ireland' },
        { fieldName: 'Services', kind: 'listbox', value: 'Debit card' },
        { fieldName: 'Postcode', kind: 'text', value: 'LS1 4AB' },
      ]),
    ).toEqual({
      auto_save: false,
      text: [
        { field_name: 'Full name', value: 'Alice Example' },
        { field_name: 'Postcode', value: 'LS1 4AB' },
      ],
      radio: [{ field_name: 'Savings', value: true, radio_group_name: 'Account type' }],
      checkbox: [{ field_name: 'Agree terms', value: true }],
      dropdown: [{ field_name: 'Country', value: 'Ireland' }],
      listbox: [{ field_name: 'Services', value: 'Debit card' }],
    });
  });

  it('leaves out a radio group with no chosen button, and sends no empty lists', () => {
    expect(
      toFormFieldsBody([
        { fieldName: 'Account type', kind: 'radio', value: '' },
        { fieldName: 'Agree', kind: 'checkbox', value: false },
      ]),
    ).toEqual({
      auto_save: false,
      checkbox: [{ field_name: 'Agree', value: false }],
    });
  });
});

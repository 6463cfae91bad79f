import type { InputOf } from '../../shared/contract.js';
import type { FormFieldsBody } from './api-client.js';

/**
 * The Fill Form Fields body, with only the kinds given. A radio group arrives as its name and the
 * chosen button; SigningHub takes the button as `field_name`, `value: true` and the group's name.
 */
export function toFormFieldsBody(values: InputOf<'saveFormFields'>['values']): FormFieldsBody {
  const body: FormFieldsBody = { auto_save: false };
  for (const { fieldName, kind, value } of values) {
    if (kind === 'radio') {
      // No chosen button: there is nothing to send, since a fill cannot clear a group.
      if (typeof value !== 'string' || value === '') continue;
      (body.radio ??= []).push({ field_name: value, value: true, radio_group_name: fieldName });
    } else {
      (body[kind] ??= []).push({ field_name: fieldName, value });
    }
  }
  return body;
}

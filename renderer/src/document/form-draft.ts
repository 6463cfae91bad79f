// The user's unsaved form edits for one document, and what follows from them: what to save, what blocks signing.
import type { FieldInfo, FormValue } from '../../../shared/contract';
import { isFormKind } from '../../../shared/field-kinds';
import type { FormFieldKind } from '../../../shared/field-kinds';
import { fieldState, isMyOpenWork } from './field-state';
import { initialFormValue, validateFormValue } from './form-validation';

/** Edited values by field name; a field absent here shows the server's value. */
export type FormDraft = Readonly<Record<string, FormValue>>;

/** One value for saveFormFields. */
export interface FormSaveItem {
  fieldName: string;
  kind: FormFieldKind;
  value: FormValue;
}

/** The value a field shows: the draft's, else the server's. */
export function currentFormValue(field: FieldInfo, draft: FormDraft): FormValue {
  return Object.hasOwn(draft, field.name) ? (draft[field.name] as FormValue) : initialFormValue(field);
}

/** True when the draft holds a value that differs from the server's. */
export function isDirty(field: FieldInfo, draft: FormDraft): boolean {
  return Object.hasOwn(draft, field.name) && draft[field.name] !== initialFormValue(field);
}

/** True for a form field I may edit: mine, shown, and not read-only. */
export function isEditableFormField(field: FieldInfo, mine: ReadonlySet<number>): boolean {
  return isFormKind(field.kind) && mine.has(field.order) && field.visible && !field.readOnly;
}

/** My form fields: the ones I may edit (hidden and read-only fields are never checked or sent). */
export function myFormFields(fields: readonly FieldInfo[], mine: ReadonlySet<number>): FieldInfo[] {
  return fields.filter((field) => isEditableFormField(field, mine));
}

/** My form fields whose current value does not pass validation: they block signing and saving. */
export function formBlockers(fields: readonly FieldInfo[], draft: FormDraft, mine: ReadonlySet<number>): FieldInfo[] {
  return myFormFields(fields, mine).filter((field) => validateFormValue(field, currentFormValue(field, draft)) !== null);
}

/**
 * What a save sends: my edited fields, plus my required fields not yet processed, whose value (the server's
 * own, when untouched) must reach the server for them to count as done. Never a read-only or hidden field.
 */
export function formValuesToSave(fields: readonly FieldInfo[], draft: FormDraft, mine: ReadonlySet<number>): FormSaveItem[] {
  return myFormFields(fields, mine)
    .filter((field) => isDirty(field, draft) || (field.required && fieldState(field, mine) === 'todo'))
    .map((field) => ({ fieldName: field.name, kind: field.kind as FormFieldKind, value: currentFormValue(field, draft) }));
}

/** True for a field "Next field" should visit: my open required work, except form fields already filled in validly (saved on the way). */
export function needsAttention(field: FieldInfo, draft: FormDraft, mine: ReadonlySet<number>): boolean {
  if (!isMyOpenWork(field, mine)) return false;
  return !isFormKind(field.kind) || validateFormValue(field, currentFormValue(field, draft)) !== null;
}

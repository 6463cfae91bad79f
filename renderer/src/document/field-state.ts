// What a field means to the signed-in user: theirs to do, someone else's, or done; and how it is read out.
import type { FieldInfo, FieldKind } from '../../../main/ipc/contract';
import { isSignatureKind } from '../format';

/** A field's state as drawn on the page: mine and to do, someone else's, or done. */
export type FieldState = 'todo' | 'others' | 'done';

/** The form field kinds: the ones filled with a value rather than signed. */
export type FormKind = 'text' | 'radio' | 'checkbox' | 'dropdown' | 'listbox';

const FORM_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>(['text', 'radio', 'checkbox', 'dropdown', 'listbox']);

/** True for form fields (text, radio, checkbox, dropdown, listbox). */
export function isFormKind(kind: FieldKind): kind is FormKind {
  return FORM_KINDS.has(kind);
}

/** Done once processed; otherwise mine when its order is one of my workflow orders. */
export function fieldState(field: Pick<FieldInfo, 'processed' | 'order'>, mine: ReadonlySet<number>): FieldState {
  if (field.processed) return 'done';
  return mine.has(field.order) ? 'todo' : 'others';
}

/** True when a field must be completed before its recipient is done: signatures, initials, required form fields. */
export function isRequiredField(field: Pick<FieldInfo, 'kind' | 'required'>): boolean {
  return isSignatureKind(field.kind) || field.kind === 'initials' || field.required;
}

/** True for a required field of mine that is not done yet: what "Next field" visits. */
export function isMyOpenWork(field: FieldInfo, mine: ReadonlySet<number>): boolean {
  return fieldState(field, mine) === 'todo' && isRequiredField(field);
}

/** True when none of the documents (each a field list) holds open work of mine. */
export function packageWorkDone(documents: readonly (readonly FieldInfo[])[], mine: ReadonlySet<number>): boolean {
  return documents.every((fields) => !fields.some((field) => isMyOpenWork(field, mine)));
}

/** True when signing the field needs an SMS code first. */
export function needsOtp(field: Pick<FieldInfo, 'otp'>): boolean {
  return field.otp?.enabled === true;
}

const KIND_NAMES: Record<FieldKind, string> = {
  digital_signature: 'digital signature',
  electronic_signature: 'electronic signature',
  in_person_signature: 'in-person signature',
  initials: 'initials',
  text: 'text field',
  radio: 'radio buttons',
  checkbox: 'checkbox',
  dropdown: 'dropdown',
  listbox: 'list box',
};

/** The kind in running text, e.g. "digital signature". */
export function kindName(kind: FieldKind): string {
  return KIND_NAMES[kind];
}

const STATE_NAMES: Record<FieldState, string> = {
  todo: 'to do',
  others: 'for someone else',
  done: 'done',
};

/** The state in running text, e.g. "to do". */
export function stateName(state: FieldState): string {
  return STATE_NAMES[state];
}

/** A field's spoken label, e.g. "Signature-1, digital signature, to do". */
export function fieldLabel(field: Pick<FieldInfo, 'name' | 'kind'>, state: FieldState): string {
  return `${field.name}, ${kindName(field.kind)}, ${stateName(state)}`;
}

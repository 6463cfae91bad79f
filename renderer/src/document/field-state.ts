// What a field means to the signed-in user: theirs to do, someone else's, done or only shown; and how it is read out.
import { isFormKind, isInfoKind, isSignatureKind } from '../../../shared/field-kinds';
import type { FieldInfo } from '../../../shared/contract';
import type { FieldKind } from '../../../shared/field-kinds';

/** A field's state as drawn on the page: mine and to do, someone else's, done, or shown only (read-only, or completed in the web app). */
export type FieldState = 'todo' | 'others' | 'done' | 'view';

/** Done once processed; read-only fields and kinds Desk Signer only shows are 'view'; otherwise mine when its order is one of my workflow orders. */
export function fieldState(field: Pick<FieldInfo, 'processed' | 'order' | 'kind' | 'readOnly'>, mine: ReadonlySet<number>): FieldState {
  if (field.processed) return 'done';
  if (field.readOnly || isInfoKind(field.kind)) return 'view';
  return mine.has(field.order) ? 'todo' : 'others';
}

/** True when a shown field must be completed before its recipient is done: signatures, initials, required form fields. */
export function isRequiredField(field: Pick<FieldInfo, 'kind' | 'required' | 'visible'>): boolean {
  if (!field.visible) return false;
  return isSignatureKind(field.kind) || field.kind === 'initials' || (isFormKind(field.kind) && field.required);
}

/** True for a required field of mine that is not done yet: what "Next field" visits. */
export function isMyOpenWork(field: FieldInfo, mine: ReadonlySet<number>): boolean {
  return fieldState(field, mine) === 'todo' && isRequiredField(field);
}

/** The fields the document shows: all but those the server marks invisible. */
export function shownFields(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.filter((field) => field.visible);
}

/** True when none of the documents (each a field list) holds open work of mine. */
export function packageWorkDone(documents: readonly (readonly FieldInfo[])[], mine: ReadonlySet<number>): boolean {
  return documents.every((fields) => !fields.some((field) => isMyOpenWork(field, mine)));
}

/** True when signing the field needs an SMS code first (authenticator codes are typed in the sign dialog). */
export function needsOtp(field: Pick<FieldInfo, 'otp'>): boolean {
  return field.otp?.enabled === true;
}

/** True when the field's code comes from an authenticator app and not by SMS: no SMS call, no resend. */
export function usesAuthenticator(field: Pick<FieldInfo, 'otp'>): boolean {
  return field.otp !== null && field.otp.totp && !field.otp.enabled;
}

const KIND_NAMES: Record<FieldKind, string> = {
  digital_signature: 'digital signature',
  hand_signature: 'hand signature',
  electronic_signature: 'electronic signature',
  in_person_signature: 'in-person signature',
  initials: 'initials',
  text: 'text field',
  radio: 'radio buttons',
  checkbox: 'checkbox',
  dropdown: 'dropdown',
  listbox: 'list box',
  qrcode: 'QR code',
  attachment: 'attachment',
  comment: 'comment',
  unique_identifier: 'unique identifier',
};

/** The kind in running text, e.g. "digital signature". */
export function kindName(kind: FieldKind): string {
  return KIND_NAMES[kind];
}

const STATE_NAMES: Record<FieldState, string> = {
  todo: 'to do',
  others: 'for someone else',
  done: 'done',
  view: 'view only',
};

/** The state in running text, e.g. "to do". */
export function stateName(state: FieldState): string {
  return STATE_NAMES[state];
}

/** A field's spoken label, e.g. "Signature-1, digital signature, to do". */
export function fieldLabel(field: Pick<FieldInfo, 'name' | 'kind'>, state: FieldState): string {
  return `${field.name}, ${kindName(field.kind)}, ${stateName(state)}`;
}

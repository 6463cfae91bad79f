// The field kinds SigningHub returns and how Desk Signer groups them: one list for main and the renderer.

/** The field kinds that SigningHub returns (v4 `signature` is folded into `digital_signature`). */
export const FIELD_KINDS = [
  'digital_signature',
  'hand_signature',
  'electronic_signature',
  'in_person_signature',
  'initials',
  'text',
  'radio',
  'checkbox',
  'dropdown',
  'listbox',
  'qrcode',
  'attachment',
  'comment',
  'unique_identifier',
] as const;
/** One of the field kinds. */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The kinds completed by the Sign call. */
export const SIGNATURE_FIELD_KINDS = [
  'digital_signature',
  'hand_signature',
  'electronic_signature',
  'in_person_signature',
] as const satisfies readonly FieldKind[];

/** v4 kinds Desk Signer lists read-only: it shows what they are but cannot act on them. */
export const INFO_FIELD_KINDS = ['qrcode', 'attachment', 'comment', 'unique_identifier'] as const satisfies readonly FieldKind[];

/** The kinds that hold a value the signer types or picks (Fill Form Fields). */
export const FORM_FIELD_KINDS = ['text', 'radio', 'checkbox', 'dropdown', 'listbox'] as const satisfies readonly FieldKind[];
/** One of the form field kinds. */
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

/** True for the kinds completed by the Sign call (and so can need a one-time code). */
export function isSignatureKind(kind: FieldKind): boolean {
  return (SIGNATURE_FIELD_KINDS as readonly FieldKind[]).includes(kind);
}

/** True for the kinds Desk Signer only shows (QR code, attachment, comment, unique identifier). */
export function isInfoKind(kind: FieldKind): boolean {
  return (INFO_FIELD_KINDS as readonly FieldKind[]).includes(kind);
}

/** True for form fields (text, radio, checkbox, dropdown, listbox). */
export function isFormKind(kind: FieldKind): kind is FormFieldKind {
  return (FORM_FIELD_KINDS as readonly FieldKind[]).includes(kind);
}

// The fields call's body in the documented shapes: v3 guide "Get Document Fields" and the v4
// definitions (TextFieldResponse, RadioFieldResponse, DropdownFieldResponse, ListBoxFieldResponse, ...).
import { formatOptionalDate } from './dates';
import { FIELD_KINDS, isFormKind, SIGNATURE_KINDS, V4_ONLY_KINDS } from './model';
import type { DocumentRecord, Field, FieldKind, PackageRecord } from './model';

/** API version of a route. */
export type ApiVersion = 'v3' | 'v4';

type View = Record<string, unknown>;

/** Kinds whose fields carry level_of_assurance and authentication (a hand signature has neither). */
const AUTHENTICATED_KINDS: readonly FieldKind[] = ['digital_signature', 'electronic_signature', 'in_person_signature'];

/** Which common members each v4-only kind keeps; the rest of its members come from `info`. */
const V4_ONLY_MEMBERS: Record<(typeof V4_ONLY_KINDS)[number], readonly string[]> = {
  qrcode: ['field_name', 'page_no', 'dimensions'],
  attachment: ['order', 'display_order', 'field_name', 'page_no', 'process_status', 'processed_on', 'processed_as', 'processed_by', 'dimensions'],
  comment: ['page_no', 'dimensions'],
  unique_identifier: ['field_name', 'page_no', 'dimensions'],
};

/** The members every assignable field has. */
function commonMembers(pkg: PackageRecord, doc: DocumentRecord, f: Field): View {
  const processed = f.process_status === 'PROCESSED';
  return {
    field_name: f.field_name,
    order: f.order,
    display_order: doc.fields.indexOf(f) + 1,
    page_no: f.page_no,
    embedded: false,
    type: processed && SIGNATURE_KINDS.includes(f.kind) ? 'SIGNED' : 'ASSIGNED',
    process_status: f.process_status,
    processed_on: formatOptionalDate(f.processed_on, pkg.date_style),
    processed_as: processed ? 'COLLABORATOR' : null,
    processed_by: f.processed_by,
    dimensions: { field: { ...f.rect }, page: { width: doc.width, height: doc.height } },
  };
}

/** Signature members: visibility, verification, levels of assurance and what authenticates the signer. */
function signatureMembers(f: Field): View {
  const sms = f.sms_otp ?? { enabled: false, otp_length: 6, retry_duration: 60, mobile_number: '' };
  const totp = f.totpSecret !== undefined;
  const view: View = {
    display: 'VISIBLE',
    verification: null,
    level_of_assurance: [...(f.level_of_assurance ?? [])],
    authentication: {
      enabled: sms.enabled || totp,
      sms_otp: { ...sms, methods: sms.enabled ? ['SMS'] : [] },
      totp: { enabled: totp },
    },
  };
  if (f.kind === 'in_person_signature') view['placeholder'] = f.placeholder ?? '';
  return view;
}

/** Form members; `required` is v4 only (and not on v4 list boxes), v3 marks it with validation_rule alone. */
function formMembers(f: Field, displayOrder: unknown, version: ApiVersion): View {
  const view: View = {
    tab_order: displayOrder,
    validation_rule: f.required ? 'MANDATORY' : 'OPTIONAL',
    read_only: f.read_only === true,
    visible: f.visible !== false,
  };
  if (version === 'v4' && f.kind !== 'listbox') view['required'] = f.required === true;
  switch (f.kind) {
    case 'text':
      return {
        ...view,
        value: f.value,
        multiline: f.multiline === true,
        max_length: f.max_length,
        format_type: f.format_type,
        format: f.format,
        placeholder: f.placeholder,
      };
    case 'radio':
      return { ...view, value: f.value === true, checked: f.value === true, radio_group_name: f.radio_group_name ?? '' };
    case 'checkbox':
      return { ...view, value: f.value === true, checked: f.value === true };
    default:
      return { ...view, value: typeof f.value === 'string' ? f.value : '', choices: [...(f.choices ?? [])] };
  }
}

/** One field with the members of its kind. */
export function fieldView(pkg: PackageRecord, doc: DocumentRecord, f: Field, version: ApiVersion): View {
  const common = commonMembers(pkg, doc, f);
  if ((V4_ONLY_KINDS as readonly string[]).includes(f.kind)) {
    const keep = V4_ONLY_MEMBERS[f.kind as keyof typeof V4_ONLY_MEMBERS];
    return { ...Object.fromEntries(keep.map((key) => [key, common[key]])), ...f.info };
  }
  if (AUTHENTICATED_KINDS.includes(f.kind)) return { ...common, ...signatureMembers(f) };
  if (isFormKind(f.kind)) return { ...common, ...formMembers(f, common['display_order'], version) };
  return common;
}

/** The fields call's body: every kind key present, v4 spelling `signature` for digital signatures, v4-only kinds in v4. */
export function fieldsView(pkg: PackageRecord, doc: DocumentRecord, version: ApiVersion, page?: number): Record<string, View[]> {
  const kinds: readonly FieldKind[] = version === 'v4' ? [...FIELD_KINDS, ...V4_ONLY_KINDS] : FIELD_KINDS;
  const out: Record<string, View[]> = {};
  for (const kind of kinds) {
    const key = kind === 'digital_signature' && version === 'v4' ? 'signature' : kind;
    out[key] = doc.fields.filter((f) => f.kind === kind && (page === undefined || f.page_no === page)).map((f) => fieldView(pkg, doc, f, version));
  }
  return out;
}

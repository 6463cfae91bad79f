// Small builders for seed records, with the defaults SigningHub shows for each kind.
import { DEMO, PAGE_SIZE } from './demo';
import type {
  DateStyle,
  DocumentRecord,
  Field,
  FieldKind,
  OtpFailure,
  PackageRecord,
  PackageStatus,
  Protection,
  Recipient,
  RecipientStatus,
  Rect,
  Role,
  SmsOtp,
} from './model';

/** Newest seeded timestamp; every seeded date is at or before it. */
export const NEWEST = Date.UTC(2024, 5, 14, 16, 45, 12);
/** One minute in milliseconds. */
export const MINUTE = 60_000;
/** One hour in milliseconds. */
export const HOUR = 60 * MINUTE;

/** Someone who sends or receives packages. */
export interface Person {
  name: string;
  email: string;
}

/** alice, who owns or receives most seeded packages. */
export const alice: Person = DEMO.users.alice;
/** Sender of the sandbox's own fixtures. */
export const SANDBOX_SENDER: Person = { name: 'SigningHub Sandbox', email: 'onboarding@sandbox.example' };
/** Another signer, who owns or follows alice in several fixtures. */
export const PRIYA: Person = { name: 'Priya Shah', email: 'priya.shah@northwind.example' };

/** Last change of alice's fixture n: 17 minutes apart, newest first, all newer than generated packages. */
export const fixtureTime = (n: number): number => NEWEST - n * 17 * MINUTE;

const DEFAULT_SIZE: Record<FieldKind, [number, number]> = {
  digital_signature: [220, 70],
  hand_signature: [220, 70],
  electronic_signature: [220, 70],
  in_person_signature: [220, 70],
  initials: [80, 40],
  text: [240, 28],
  radio: [20, 20],
  checkbox: [18, 18],
  dropdown: [200, 28],
  listbox: [200, 90],
  qrcode: [90, 90],
  attachment: [30, 30],
  comment: [24, 24],
  unique_identifier: [200, 20],
};

const LEVEL_OF_ASSURANCE: Partial<Record<FieldKind, string[]>> = {
  digital_signature: ['ADVANCED_ELECTRONIC_SIGNATURE', 'QUALIFIED_ELECTRONIC_SIGNATURE'],
  electronic_signature: ['ELECTRONIC_SIGNATURE'],
  in_person_signature: ['ELECTRONIC_SIGNATURE'],
};

/** Fields sit in rows of two columns; the slot picks the row and column. */
function slotRect(kind: FieldKind, slot: number): Rect {
  const [width, height] = DEFAULT_SIZE[kind];
  return { x: slot % 2 === 0 ? 80 : 440, y: 160 + Math.floor(slot / 2) * 110, width, height };
}

/** Enabled SMS OTP settings, sent to `mobile` or, when empty, to the signer's profile. */
export const otp = (mobile = '', length = 6): SmsOtp => ({ enabled: true, otp_length: length, retry_duration: 60, mobile_number: mobile });

/** Members every form field starts with: optional, editable and visible. */
const FORM_DEFAULTS: Partial<Field> = { required: false, read_only: false, visible: true };

/** The defaults of each form kind, on top of FORM_DEFAULTS. */
const FORM_KIND_DEFAULTS: Partial<Record<FieldKind, Partial<Field>>> = {
  text: { value: '', max_length: 100, format_type: 'TEXT', format: '', placeholder: '', multiline: false },
  radio: { value: false },
  checkbox: { value: false },
  dropdown: { value: '', choices: ['Option A', 'Option B', 'Option C'] },
  listbox: { value: '', choices: ['Option A', 'Option B', 'Option C'] },
};

/** Builds a field with the defaults of its kind; `extra` overrides them. */
export function field(kind: FieldKind, name: string, order: number, page: number, slot: number, extra: Partial<Field> = {}): Field {
  const base: Field = {
    kind,
    field_name: name,
    order,
    page_no: page,
    process_status: 'UN_PROCESSED',
    processed_on: null,
    processed_by: null,
    rect: slotRect(kind, slot),
  };
  const levels = LEVEL_OF_ASSURANCE[kind];
  if (levels) {
    base.level_of_assurance = [...levels];
    base.sms_otp = { enabled: false, otp_length: 6, retry_duration: 60, mobile_number: '' };
  }
  if (kind === 'in_person_signature') base.placeholder = 'Customer';
  const formDefaults = FORM_KIND_DEFAULTS[kind];
  if (formDefaults) Object.assign(base, FORM_DEFAULTS, formDefaults);
  return { ...base, ...extra };
}

/** One radio field per button, all in `group`, in consecutive slots from `slot`. */
export function radioGroup(group: string, buttons: readonly string[], order: number, page: number, slot: number, extra: Partial<Field> = {}): Field[] {
  return buttons.map((button, i) => field('radio', button, order, page, slot + i, { radio_group_name: group, ...extra }));
}

/** Marks a field as done by someone at a time. */
export function processed(f: Field, by: string, on: number): Field {
  f.process_status = 'PROCESSED';
  f.processed_by = by;
  f.processed_on = on;
  return f;
}

/** A workflow recipient; signing_order follows order. */
export function recipient(
  order: number,
  person: Person,
  role: Role,
  status: RecipientStatus = 'UN_PROCESSED',
  processedOn: number | null = null,
  extra: Partial<Recipient> = {},
): Recipient {
  return {
    order,
    user_name: person.name,
    user_email: person.email,
    role,
    process_status: status,
    processed_on: processedOn,
    reason: '',
    placeholder: '',
    signing_order: order,
    ...extra,
  };
}

/** A document of seeded size; `otpFailure` makes its OTP call fail (the Error lab). */
export function documentRecord(
  id: number,
  name: string,
  order: number,
  pages: number,
  created: number,
  fields: Field[],
  otpFailure?: OtpFailure,
): DocumentRecord {
  const doc: DocumentRecord = {
    document_id: id,
    document_name: name,
    document_order: order,
    pages,
    width: PAGE_SIZE.width,
    height: PAGE_SIZE.height,
    created_on: created,
    modified_on: created,
    fields,
  };
  if (otpFailure) doc.otpFailure = otpFailure;
  return doc;
}

/** What a hand-written package needs; the rest has defaults. */
export interface PackageSpec {
  id: number;
  name: string;
  owner: Person;
  status: PackageStatus;
  modified: number;
  recipients: Recipient[];
  documents?: (uploaded: number) => DocumentRecord[];
  unread?: boolean;
  folder?: string;
  style?: DateStyle;
  message?: string;
  protection?: Protection;
  workflowStatus?: string;
}

/** A package uploaded two hours before its last change. */
export function packageRecord(spec: PackageSpec): PackageRecord {
  const uploaded = spec.modified - 2 * HOUR;
  return {
    package_id: spec.id,
    package_name: spec.name,
    owner_email: spec.owner.email,
    owner_name: spec.owner.name,
    status: spec.status,
    folder: spec.folder ?? 'INBOX',
    unread: spec.unread ?? false,
    uploaded_on: uploaded,
    modified_on: spec.modified,
    date_style: spec.style ?? 'plain',
    workflow_type: 'SERIAL',
    message: spec.message ?? '',
    recipients: spec.recipients,
    documents: spec.documents ? spec.documents(uploaded) : [],
    buildDocuments: null,
    ...(spec.protection ? { protection: spec.protection } : {}),
    ...(spec.workflowStatus ? { workflowStatus: spec.workflowStatus } : {}),
  };
}

/** What names one of alice's fixtures in FIXTURES. */
export interface FixtureIds {
  packageId: number;
  name: string;
  documentId: number;
}

/**
 * One of alice's PENDING fixtures from the sandbox, at list position `position` (see fixtureTime):
 * one single-page document holding `fields`, alice its only recipient unless `extra` says otherwise.
 */
export function aliceFixture(spec: FixtureIds, documentName: string, position: number, fields: Field[], extra: Partial<PackageSpec> = {}): PackageRecord {
  return packageRecord({
    id: spec.packageId,
    name: spec.name,
    owner: SANDBOX_SENDER,
    status: 'PENDING',
    modified: fixtureTime(position),
    recipients: [recipient(1, alice, 'SIGNER')],
    documents: (t) => [documentRecord(spec.documentId, documentName, 1, 1, t, fields)],
    ...extra,
  });
}

/** Protection by a password that nobody has unlocked yet. */
export const passwordProtection = (password: string): Protection => ({ kind: 'password', password, unlockedBy: [] });

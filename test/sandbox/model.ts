// The sandbox's in-memory records. Field names follow signinghub-api.md so views stay thin.

/** Package statuses the sandbox stores (the list filter accepts a few more). */
export type PackageStatus = 'DRAFT' | 'PENDING' | 'SIGNED' | 'DECLINED' | 'INPROGRESS' | 'COMPLETED' | 'EDITED' | 'REVIEWED';

/** Recipient roles in a workflow; production also shows ELECTRONIC_SEAL. */
export type Role = 'SIGNER' | 'REVIEWER' | 'EDITOR' | 'CARBON_COPY' | 'INPERSON_HOST' | 'ELECTRONIC_SEAL';

/** A recipient's progress; INVALID is a recipient the server no longer accepts (seen in production). */
export type RecipientStatus = 'UN_PROCESSED' | 'IN_PROGRESS' | 'SIGNED' | 'REVIEWED' | 'DECLINED' | 'EDITED' | 'INVALID';

/**
 * How a package's dates are written, so clients meet every style SigningHub uses: `plain` has no zone,
 * `zulu` ends in Z, `space` has a space for the T, `fraction` has milliseconds, `offset` ends in +0000,
 * `shortFraction` has a fraction of one or two digits and no zone.
 */
export type DateStyle = 'plain' | 'zulu' | 'space' | 'fraction' | 'offset' | 'shortFraction';

/** The field kinds of a v3 fields answer, in its key order. */
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
] as const;

/** The kinds only v4 answers carry; nobody acts on them through the signer's calls. */
export const V4_ONLY_KINDS = ['qrcode', 'attachment', 'comment', 'unique_identifier'] as const;

/** One field kind (v3 spelling, plus the v4-only kinds). */
export type FieldKind = (typeof FIELD_KINDS)[number] | (typeof V4_ONLY_KINDS)[number];

/** Kinds completed by the sign call. */
export const SIGNATURE_KINDS: readonly FieldKind[] = ['digital_signature', 'hand_signature', 'electronic_signature', 'in_person_signature'];

/** Kinds filled by PUT .../fields. */
export const FORM_KINDS = ['text', 'radio', 'checkbox', 'dropdown', 'listbox'] as const;

/** One form field kind. */
export type FormKind = (typeof FORM_KINDS)[number];

/** True for the kinds PUT .../fields fills. */
export const isFormKind = (kind: FieldKind): kind is FormKind => (FORM_KINDS as readonly string[]).includes(kind);

/** A SigningHub account known to the sandbox. */
export interface User {
  email: string;
  password: string;
  name: string;
  /** Empty when the profile has no number. */
  mobile: string;
  /** The account's role requires an SMS code at login. */
  loginOtp: boolean;
  active: boolean;
}

/** A recipient in a package workflow. */
export interface Recipient {
  order: number;
  user_name: string;
  user_email: string;
  role: Role;
  process_status: RecipientStatus;
  processed_on: number | null;
  reason: string;
  placeholder: string;
  signing_order: number;
}

/** SMS OTP settings of a signature field. */
export interface SmsOtp {
  enabled: boolean;
  otp_length: number;
  retry_duration: number;
  mobile_number: string;
}

/** A field rectangle in page pixels, top-left origin. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One field of a document; optional members apply to some kinds only. */
export interface Field {
  kind: FieldKind;
  field_name: string;
  order: number;
  page_no: number;
  process_status: 'UN_PROCESSED' | 'PROCESSED';
  processed_on: number | null;
  processed_by: string | null;
  rect: Rect;
  level_of_assurance?: string[];
  /** Absent on kinds without authentication (hand signatures, form fields). */
  sms_otp?: SmsOtp;
  /** Base32 secret of an authenticator-app (TOTP) field; the view shows `totp.enabled`. */
  totpSecret?: string;
  placeholder?: string;
  value?: string | boolean;
  /** Mandatory: validation_rule MANDATORY (and `required` in v4). */
  required?: boolean;
  read_only?: boolean;
  visible?: boolean;
  multiline?: boolean;
  max_length?: number;
  format_type?: string;
  format?: string;
  /** Dropdown and listbox choices. */
  choices?: string[];
  /** The group a radio button belongs to. */
  radio_group_name?: string;
  /** Members of a v4-only kind (qrcode, attachment, comment, unique_identifier), shown as they are. */
  info?: Record<string, unknown>;
  signing_reason?: string;
  /** What the sign call sent as `signing_location` and `contact_information`. */
  signing_location?: string;
  contact_information?: string;
  /** Sandbox-only: the verification call reports this signature INVALID with this `error_message`. */
  verificationError?: string;
  /** Sandbox-only: the signing server demands an SMS code although the field announces none. */
  serverDemandsOtp?: true;
  /** Sandbox-only: a successful sign answers 200 with an empty body. */
  emptySignAnswer?: true;
  /** Sandbox-only: signing answers PENDING, and after the approval delay the phone gives this outcome. */
  remoteApproval?: ApprovalOutcome;
  /** Sandbox-only: when the pending remote approval resolves (epoch ms); absent when none is pending. */
  approvalDueAt?: number;
  /** Sandbox-only: who signed while the remote approval is pending. */
  pendingSigner?: string;
  /** Sandbox-only: how the last remote approval ended when it did not sign (FAILED or DECLINED). */
  approvalOutcome?: ApprovalOutcome;
}

/** How a remote approval on the signer's phone ends. */
export type ApprovalOutcome = 'SIGNED' | 'FAILED' | 'DECLINED';

/**
 * What unlocks a protected package's open, page image and download calls. A password package
 * remembers who unlocked it with the unlock call (`unlockedBy`, emails).
 */
export type Protection = { kind: 'password'; password: string; unlockedBy: string[] } | { kind: 'otp' };

/** A seeded failure for a document's OTP call (the "Error lab"). */
export interface OtpFailure {
  status: number;
  message: string;
}

/** A document inside a package. */
export interface DocumentRecord {
  document_id: number;
  document_name: string;
  document_order: number;
  pages: number;
  width: number;
  height: number;
  created_on: number;
  modified_on: number;
  fields: Field[];
  otpFailure?: OtpFailure;
}

/** A package; documents are built on first use so large seeds start fast. */
export interface PackageRecord {
  package_id: number;
  package_name: string;
  owner_email: string;
  owner_name: string;
  status: PackageStatus;
  folder: string;
  unread: boolean;
  uploaded_on: number;
  modified_on: number;
  date_style: DateStyle;
  workflow_type: 'SERIAL' | 'PARALLEL' | 'INDIVIDUAL' | 'CUSTOM';
  message: string;
  recipients: Recipient[];
  documents: DocumentRecord[] | null;
  buildDocuments: (() => DocumentRecord[]) | null;
  /** Absent for an unprotected package. */
  protection?: Protection;
  /** workflow.workflow_status when it is not the package status (e.g. SHARED). */
  workflowStatus?: string;
}

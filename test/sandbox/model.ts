// The sandbox's in-memory records. Field names follow signinghub-api.md so views stay thin.

/** Package statuses the sandbox stores (the list filter accepts a few more). */
export type PackageStatus = 'DRAFT' | 'PENDING' | 'SIGNED' | 'DECLINED' | 'INPROGRESS' | 'COMPLETED' | 'EDITED' | 'REVIEWED';

/** Recipient roles in a workflow. */
export type Role = 'SIGNER' | 'REVIEWER' | 'EDITOR' | 'CARBON_COPY' | 'INPERSON_HOST';

/** A recipient's progress. */
export type RecipientStatus = 'UN_PROCESSED' | 'IN_PROGRESS' | 'SIGNED' | 'REVIEWED' | 'DECLINED' | 'EDITED';

/** How a package's dates are written, so clients meet every style SigningHub uses. */
export type DateStyle = 'plain' | 'zulu' | 'space' | 'fraction';

/** The field kinds, in the v3 key order. */
export const FIELD_KINDS = [
  'digital_signature',
  'electronic_signature',
  'in_person_signature',
  'initials',
  'text',
  'radio',
  'checkbox',
  'dropdown',
  'listbox',
] as const;

/** One field kind (v3 spelling). */
export type FieldKind = (typeof FIELD_KINDS)[number];

/** Kinds that carry level_of_assurance and authentication and are completed by the sign call. */
export const SIGNATURE_KINDS: readonly FieldKind[] = ['digital_signature', 'electronic_signature', 'in_person_signature'];

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
  sms_otp?: SmsOtp;
  totp?: boolean;
  placeholder?: string;
  value?: string | boolean | string[];
  required?: boolean;
  max_length?: number;
  format_type?: string;
  options?: string[];
  signing_reason?: string;
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

/** What unlocks a protected package's open, page image and download calls. */
export type Protection = { kind: 'password'; password: string } | { kind: 'otp' };

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
}

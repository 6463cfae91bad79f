// The one typed contract between the renderer and main. Dependency-free on purpose:
// the renderer imports it with `import type`, main imports the channel list.

/** Every way a call can fail, as the renderer sees it. */
export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'invalid_input'
  | 'server'
  | 'network'
  | 'timeout'
  | 'invalid_response'
  | 'keychain_unavailable';

/** A failure: `message` is SigningHub's `Message`, verbatim, whenever the server sent one. */
export interface ApiError {
  kind: ErrorKind;
  status?: number;
  message: string;
  /** True when the session ended with this call (a refresh failed): show the message, then sign-in. */
  sessionEnded?: boolean;
  /** SigningHub's machine key when it sent one (`Error`), e.g. `otp_required`, `password_required`. */
  code?: string;
}

/** What every bridge call resolves to; nothing throws across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** SigningHub API versions the client can speak. */
export type ApiVersion = 'v3' | 'v4';

/** Static facts about this install, for the connect screen. */
export interface AppInfo {
  serverUrl: string;
  clientId: string;
  hasClientSecret: boolean;
  apiVersion: ApiVersion;
  /** True when an admin policy fixed the server URL. */
  serverUrlLocked: boolean;
  /** True when an admin policy fixed the client id and secret. */
  clientLocked: boolean;
  /** True when the keychain could not be reached and secrets live in memory only. */
  keychainUnavailable: boolean;
  /**
   * The email of the user last remembered on this computer for this server, to prefill sign-in when that
   * session could not be restored or renewed; absent after a sign-out.
   */
  rememberedEmail?: string;
}

/** The signed-in user, as the renderer may know it (no tokens, ever). */
export interface SessionInfo {
  email: string;
  serverUrl: string;
  /** False when the session lives only in memory: the user must sign in again next launch. */
  persisted: boolean;
  /** Set when the user asked to be remembered but the keychain could not store it. */
  keychainWarning?: string;
}

/** The outcome of a sign-in step: done, or a login second factor is needed. */
export type SignInOutcome =
  | { status: 'signed_in'; session: SessionInfo }
  | { status: 'otp_required'; mobileNumber: string };

/** Result of the server check on the connect screen (`GET /v3/about`). */
export interface ServerAbout {
  installationName: string;
  version: string;
  build: string;
}

/** Package status filters that SigningHub accepts. */
export const PACKAGE_STATUSES = ['ALL', 'PENDING', 'INPROGRESS', 'SIGNED', 'DECLINED', 'DRAFT', 'COMPLETED'] as const;
/** One of the package status filters. */
export type PackageStatusFilter = (typeof PACKAGE_STATUSES)[number];

/** One row of the package list. */
export interface PackageSummary {
  id: number;
  name: string;
  ownerEmail: string;
  ownerName: string;
  status: string;
  folder: string;
  unread: boolean;
  nextSigner: string;
  /** ISO 8601, or null when the server's date could not be read. */
  modifiedOn: string | null;
  uploadedOn: string | null;
}

/** One page of the package list. */
export interface PackagePage {
  items: PackageSummary[];
  /** From `x-total-records`. */
  total: number;
  page: number;
  pageSize: number;
}

/** A document inside a package. */
export interface DocumentSummary {
  id: number;
  name: string;
  type: string;
  order: number;
  pages: number;
  width: number;
  height: number;
}

/** A recipient in the package workflow. */
export interface Recipient {
  order: number;
  name: string;
  email: string;
  role: string;
  processStatus: string;
}

/** A package opened for work: its documents and recipients. */
export interface PackageDetail {
  id: number;
  name: string;
  status: string;
  ownerName: string;
  workflowType: string;
  documents: DocumentSummary[];
  users: Recipient[];
}

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
export const SIGNATURE_FIELD_KINDS = ['digital_signature', 'hand_signature', 'electronic_signature', 'in_person_signature'] as const satisfies readonly FieldKind[];

/** v4 kinds Desk Signer lists read-only: it shows what they are but cannot act on them. */
export const INFO_FIELD_KINDS = ['qrcode', 'attachment', 'comment', 'unique_identifier'] as const satisfies readonly FieldKind[];

/** The kinds that hold a value the signer types or picks (Fill Form Fields). */
export const FORM_FIELD_KINDS = ['text', 'radio', 'checkbox', 'dropdown', 'listbox'] as const satisfies readonly FieldKind[];
/** One of the form field kinds. */
export type FormFieldKind = (typeof FORM_FIELD_KINDS)[number];

/** One-time code settings of a signature field. */
export interface FieldOtp {
  /** The field asks for an SMS code (`authentication.sms_otp.enabled`). */
  enabled: boolean;
  /** The field asks for an authenticator-app code (`authentication.totp.enabled`): no SMS, no resend. */
  totp: boolean;
  /** Digits in the code: 4, 6 or 9. */
  length: number;
  /** Seconds before a resend is allowed. */
  retryDuration: number;
  mobileNumber: string;
}

/** Where a field sits on its page, in the page's own pixel space (top-left origin). */
export interface FieldBox {
  x: number;
  y: number;
  width: number;
  height: number;
  pageWidth: number;
  pageHeight: number;
}

/**
 * A form field's value: checkbox a boolean; text, dropdown and listbox a string; a radio group
 * the `field_name` of its chosen button ('' for none).
 */
export type FormValue = string | boolean;

/**
 * A field on a document, flattened from the per-kind lists. A radio group is one FieldInfo: `name`
 * is its `radio_group_name`, `options` are its buttons' `field_name`s, and `value` is the chosen one.
 */
export interface FieldInfo {
  name: string;
  kind: FieldKind;
  /** The recipient (workflow `order`) the field belongs to. */
  order: number;
  page: number;
  type: string;
  processed: boolean;
  processedBy: string;
  /** Set on signature kinds; null elsewhere. */
  otp: FieldOtp | null;
  /** In-person signer's label, or a text field's hint. */
  placeholder: string;
  /** Null when the server sent no usable dimensions. */
  box: FieldBox | null;
  /** Form fields: the current value (null on signature and initials fields). */
  value: FormValue | null;
  /** Required: `required`, or v3's `validation_rule: "MANDATORY"`; a radio group when any button is. */
  required: boolean;
  /** Form fields the signer may see but not change. */
  readOnly: boolean;
  /** False for a form field the server marks `visible: false`: it is neither shown nor asked for. */
  visible: boolean;
  /** Text fields: the longest value allowed, or null for no limit. */
  maxLength: number | null;
  /** Text fields: SigningHub's format (`ALPHANUMERIC`, `NUMBER`, `TEXT`, `EMAIL`, `TIME`, `DATE`), '' for free text. */
  formatType: string;
  /** Radio buttons (their field names), dropdown and listbox choices. */
  options: string[];
}

/** How the hand signature on a signature field is made. */
export type SignatureMethod = 'drawn' | 'typed' | 'stored';

/** Outcome of a sign call: SIGNED, or PENDING while the signer approves on their phone. */
export interface SignOutcome {
  status: 'SIGNED' | 'PENDING';
  transactionId: string;
}

/** States of a remote-approval signature. */
export type FieldSigningStatus = 'SIGNED' | 'PENDING' | 'FAILED' | 'DECLINED';

/** Reason, location and contact details remembered per user for the sign dialog. */
export interface SigningPreferences {
  reason: string;
  location: string;
  contact: string;
}

/** A rendered page image. */
export interface PageImage {
  /** `data:image/png;base64,...` */
  dataUrl: string;
  width: number;
  height: number;
}

/** A document's fields. */
export interface DocumentFields {
  packageId: number;
  documentId: number;
  fields: FieldInfo[];
}

/** Addresses one field of one document. */
export interface FieldRef {
  packageId: number;
  documentId: number;
  fieldName: string;
}

/** Inputs and outputs of every bridge method. The channel name is the method name. */
export interface SignerContract {
  getAppInfo: { input: void; output: AppInfo };
  checkServer: { input: { serverUrl: string }; output: ServerAbout };
  restoreSession: { input: void; output: SessionInfo | null };
  signIn: {
    input: {
      serverUrl: string;
      email: string;
      password: string;
      remember: boolean;
      clientId?: string;
      clientSecret?: string;
    };
    output: SignInOutcome;
  };
  sendLoginOtp: { input: { mobileNumber?: string }; output: null };
  verifyLoginOtp: { input: { otp: string }; output: SignInOutcome };
  signOut: { input: void; output: null };
  listPackages: {
    input: { status: PackageStatusFilter; page: number; pageSize: number; search?: string };
    output: PackagePage;
  };
  /**
   * Opens a package; a protected one is retried with the code or password the user typed. A password
   * is sent with the unlock call, so it may hold any characters.
   */
  getPackage: { input: { packageId: number; otp?: string; password?: string }; output: PackageDetail };
  /** Texts the opening code of an OTP-protected package ("Open Document via OTP (Generate)"). Never retried. */
  requestPackageOtp: { input: { packageId: number }; output: null };
  getDocumentFields: { input: { packageId: number; documentId: number }; output: DocumentFields };
  requestOtp: { input: FieldRef; output: null };
  getPageImage: { input: { packageId: number; documentId: number; page: number; width: number; height: number }; output: PageImage };
  getSigningPreferences: { input: void; output: SigningPreferences };
  signField: {
    input: FieldRef & {
      /** The SMS or authenticator code; omitted for fields that need none. */
      otp?: string;
      method: SignatureMethod;
      /** Base64 PNG (no `data:` prefix) for drawn and typed signatures. */
      image?: string;
      reason?: string;
      location?: string;
      contact?: string;
      /** In-person fields: the walk-up signer's name. */
      inPersonName?: string;
    };
    output: SignOutcome;
  };
  getFieldStatus: { input: FieldRef; output: { status: FieldSigningStatus } };
  fillInitials: { input: FieldRef & { image: string; applyToAll: boolean }; output: null };
  saveFormFields: {
    input: { packageId: number; documentId: number; values: { fieldName: string; kind: FormFieldKind; value: FormValue }[] };
    output: null;
  };
  declinePackage: { input: { packageId: number; reason: string }; output: null };
  approvePackage: { input: { packageId: number; reason?: string }; output: null };
  submitPackage: { input: { packageId: number }; output: null };
  finishPackage: { input: { packageId: number }; output: null };
}

/** A bridge method name. */
export type Channel = keyof SignerContract;

/** Every channel, once. Main registers these; the preload exposes one function each. */
export const CHANNELS = [
  'getAppInfo',
  'checkServer',
  'restoreSession',
  'signIn',
  'sendLoginOtp',
  'verifyLoginOtp',
  'signOut',
  'listPackages',
  'getPackage',
  'requestPackageOtp',
  'getDocumentFields',
  'requestOtp',
  'getPageImage',
  'getSigningPreferences',
  'signField',
  'getFieldStatus',
  'fillInitials',
  'saveFormFields',
  'declinePackage',
  'approvePackage',
  'submitPackage',
  'finishPackage',
] as const satisfies readonly Channel[];

// Fails to compile when a contract method is missing from CHANNELS.
const everyChannelListed: [Exclude<Channel, (typeof CHANNELS)[number]>] extends [never] ? true : false = true;
void everyChannelListed;

/** A channel's input type. */
export type InputOf<C extends Channel> = SignerContract[C]['input'];
/** A channel's output type. */
export type OutputOf<C extends Channel> = SignerContract[C]['output'];

/** `window.signer`: one named function per channel, each returning a Result. */
export type SignerApi = {
  [C in Channel]: InputOf<C> extends void
    ? () => Promise<Result<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
};

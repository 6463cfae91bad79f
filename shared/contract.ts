// The one typed contract between the renderer and main: what each bridge method takes and returns,
// and the channel list that main's handler tables and the preload are built from. Pure (no Node, no
// Electron), so both processes import it, types and values alike.
import type { FieldKind, FormFieldKind } from './field-kinds.js';
import type { DownloadProgress, HistoryPage, SaveTarget, SignatureVerification } from './evidence-contract.js';
import type { HostState } from './hand-over-contract.js';

/** Every way a call can fail, as the renderer sees it. */
export type ErrorKind =
  'unauthorized' | 'forbidden' | 'not_found' | 'invalid_input' | 'server' | 'network' | 'timeout' | 'invalid_response' | 'keychain_unavailable';

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

/** One row of the settings screen: the user's own value, or one an administrator's policy fixed. */
export interface SettingRow {
  key: string;
  label: string;
  /** The value as shown; a client secret is never sent, only whether one is set. */
  value: string;
  /** True when machine policy sets it ("Set by your administrator"). */
  locked: boolean;
}

/** Static facts about this install, for the connect screen. */
export interface AppInfo {
  serverUrl: string;
  clientId: string;
  hasClientSecret: boolean;
  apiVersion: ApiVersion;
  /** True when an admin policy fixed the server URL. */
  serverUrlLocked: boolean;
  /** True when an admin policy fixed the client id. */
  clientLocked: boolean;
  /** True when an admin policy fixed the client secret (a policy may fix the id alone). */
  clientSecretLocked: boolean;
  /** True when the keychain could not be reached and secrets live in memory only. */
  keychainUnavailable: boolean;
  /** Kiosk mode (policy `kioskMode`): host lock, idle reset of the host's screen, no way out of the app. */
  kioskMode: boolean;
  /** Seconds without input before the idle warning. */
  idleTimeoutSeconds: number;
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
export type SignInOutcome = { status: 'signed_in'; session: SessionInfo } | { status: 'otp_required'; mobileNumber: string };

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
  /** A custom flow's step (`signing_order`): recipients sharing it act together; absent when the server sent none. */
  signingOrder?: number;
}

/** A package opened for work: its documents and recipients. */
export interface PackageDetail {
  id: number;
  name: string;
  status: string;
  ownerName: string;
  workflowType: string;
  /** The sender's message to the recipients (`workflow.message`), cleaned of control and bidi characters; absent when blank. */
  senderMessage?: string;
  /** In document order. */
  documents: DocumentSummary[];
  users: Recipient[];
}

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

/** Declares one bridge method's input and output types; at run time it is only a name in the list below. */
const method = <Input, Output>(): { input: Input; output: Output } => ({}) as { input: Input; output: Output };

/** The sign-in fields, as typed on the connect screen. */
interface SignInInput {
  serverUrl: string;
  email: string;
  password: string;
  remember: boolean;
  clientId?: string;
  clientSecret?: string;
}

/** A signature on one field, as the sign dialog sends it. */
type SignFieldInput = FieldRef & {
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

/**
 * Every bridge method, written once: the key is the channel name (and the `window.signer` method), the
 * types are what it takes and returns. Main's handler tables, its input schemas and the preload are
 * all derived from this list.
 */
export const SIGNER_CONTRACT = {
  getAppInfo: method<void, AppInfo>(),
  checkServer: method<{ serverUrl: string }, ServerAbout>(),
  restoreSession: method<void, SessionInfo | null>(),
  signIn: method<SignInInput, SignInOutcome>(),
  sendLoginOtp: method<{ mobileNumber?: string }, null>(),
  verifyLoginOtp: method<{ otp: string }, SignInOutcome>(),
  signOut: method<void, null>(),
  listPackages: method<{ status: PackageStatusFilter; page: number; pageSize: number; search?: string }, PackagePage>(),
  /**
   * Opens a package; a protected one is retried with the code or password the user typed. A password
   * is sent with the unlock call, so it may hold any characters.
   */
  getPackage: method<{ packageId: number; otp?: string; password?: string }, PackageDetail>(),
  /** Texts the opening code of an OTP-protected package ("Open Document via OTP (Generate)"). Never retried. */
  requestPackageOtp: method<{ packageId: number }, null>(),
  getDocumentFields: method<{ packageId: number; documentId: number }, DocumentFields>(),
  requestOtp: method<FieldRef, null>(),
  getPageImage: method<{ packageId: number; documentId: number; page: number; width: number; height: number }, PageImage>(),
  getSigningPreferences: method<void, SigningPreferences>(),
  signField: method<SignFieldInput, SignOutcome>(),
  getFieldStatus: method<FieldRef, { status: FieldSigningStatus }>(),
  fillInitials: method<FieldRef & { image: string; applyToAll: boolean }, null>(),
  saveFormFields: method<{ packageId: number; documentId: number; values: { fieldName: string; kind: FormFieldKind; value: FormValue }[] }, null>(),
  declinePackage: method<{ packageId: number; reason: string }, null>(),
  approvePackage: method<{ packageId: number; reason?: string }, null>(),
  submitPackage: method<{ packageId: number }, null>(),
  finishPackage: method<{ packageId: number }, null>(),
  /** Chooses this session's host PIN (digits, HOST_PIN_LENGTH); main keeps only a salted hash, in memory. */
  setHostPin: method<{ pin: string }, null>(),
  /** Hands the screen to a walk-up signer for one in-person field: opens the hand-over window and locks this one. */
  startHandOver: method<FieldRef, null>(),
  /** The kiosk state; long-polls while `after` equals its version (versions start at 1). */
  getHostState: method<{ after?: number }, HostState>(),
  /** Unlocks for the host: their PIN, or their SigningHub password checked by the server. */
  unlockHost: method<{ pin: string } | { password: string }, null>(),
  /** Locks the host's screen now (kiosk mode's "Lock screen"). */
  lockHost: method<void, null>(),
  /** "I need more time" on the host's screen: restarts the idle clock. */
  stillHereHost: method<void, null>(),
  /** Saves the local audit record as CSV where the host chooses; null when the save was cancelled. */
  exportAuditRecord: method<void, { path: string } | null>(),
  /** Quits the app; in kiosk mode only the unlocked host may. */
  quitApp: method<void, null>(),
  /** Saves a document, the package or the evidence report where the user chooses; null when they cancel the dialog. */
  startDownload: method<SaveTarget, { downloadId: string; fileName: string } | null>(),
  /** A save's progress; long-polls (a few seconds at most) while `after` equals its version (versions start at 1). */
  getDownload: method<{ downloadId: string; after?: number }, DownloadProgress>(),
  /** Stops a running save; nothing is left on disk. */
  cancelDownload: method<{ downloadId: string }, null>(),
  /** Opens a finished save in the system's viewer; the renderer names it by id, never by path. */
  openDownload: method<{ downloadId: string }, null>(),
  /** Every signature on a document, as the server verifies it. */
  getVerification: method<{ packageId: number; documentId: number }, SignatureVerification[]>(),
  /** One page of the package's history (v3 answers all of it on page 1). */
  getPackageHistory: method<{ packageId: number; page: number; pageSize: number }, HistoryPage>(),
  /** The settings screen's rows: what the user chose and what policy locks. */
  getSettings: method<void, SettingRow[]>(),
};

/** Inputs and outputs of every bridge method. */
export type SignerContract = typeof SIGNER_CONTRACT;

/** A bridge method name. */
export type Channel = keyof SignerContract;

/** Every channel, in contract order. Main registers these; the preload exposes one function each. */
export const CHANNELS: readonly Channel[] = Object.freeze(Object.keys(SIGNER_CONTRACT) as Channel[]);

/** A channel's input type. */
export type InputOf<C extends Channel> = SignerContract[C]['input'];
/** A channel's output type. */
export type OutputOf<C extends Channel> = SignerContract[C]['output'];

/** `window.signer`: one named function per channel, each returning a Result. */
export type SignerApi = {
  [C in Channel]: InputOf<C> extends void ? () => Promise<Result<OutputOf<C>>> : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>;
};

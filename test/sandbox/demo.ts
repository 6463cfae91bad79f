// The demo accounts and the fixture ids and names that tests and demos rely on.
import { MESSAGES } from './errors';

/** The demo API client and accounts, printed by the CLI and used by tests. */
export const DEMO = {
  clientId: 'desk-signer',
  clientSecret: 'sandbox-secret',
  users: {
    /** Owns or receives the generated packages and the fixtures. */
    alice: { email: 'alice@example.com', password: 'alice-password', name: 'Alice Example', mobile: '+447700900001' },
    /** Needs an SMS code at login. */
    bob: { email: 'bob@example.com', password: 'bob-password', name: 'Bob Example', mobile: '+447700900002' },
    /** Has no mobile number: her OTP call fails. */
    carol: { email: 'carol@example.com', password: 'carol-password', name: 'Carol Example', mobile: '' },
    /** Inactive account: login is refused. */
    dave: { email: 'dave@example.com', password: 'dave-password', name: 'Dave Example', mobile: '+447700900004' },
  },
} as const;

/** Page size of every seeded document, in pixels (A4 at 96 dpi). */
export const PAGE_SIZE = { width: 794, height: 1123 } as const;

/** Generated packages for alice when no count is given. */
export const DEFAULT_PACKAGE_COUNT = 60;

/** Number on the kiosk fixtures' in-person fields (the walk-up signer's phone). */
export const IN_PERSON_MOBILE = '+447700900123';

/** The second walk-up signer's phone, on the joint account's first in-person field. */
export const IN_PERSON_MOBILE_2 = '+447700900456';

/** One Error lab document: its OTP call fails with this status and Message. */
export interface ErrorLabDocument {
  documentId: number;
  documentName: string;
  status: number;
  message: string;
}

const errorLabCase = (documentId: number, status: number, message: string): ErrorLabDocument => ({
  documentId,
  documentName: `${status} ${message}.pdf`,
  status,
  message,
});

/** The Error lab documents, one per documented OTP failure (plus the missing mobile number). */
export const ERROR_LAB_DOCUMENTS: readonly ErrorLabDocument[] = [
  errorLabCase(1021, 401, MESSAGES.authorizationDenied),
  errorLabCase(1022, 401, MESSAGES.userAuthenticationRequired),
  errorLabCase(1023, 403, MESSAGES.notYourDocument),
  errorLabCase(1024, 403, MESSAGES.accessPeriodEnded),
  errorLabCase(1025, 403, MESSAGES.accountDisabled),
  errorLabCase(1026, 404, MESSAGES.documentNotFound),
  errorLabCase(1027, 500, MESSAGES.internalError),
  errorLabCase(1028, 400, MESSAGES.mobileNotSet),
];

/** Ids and names of the seeded fixtures that tests and demos rely on. */
export const FIXTURES = {
  /** alice's newest PENDING package: one digital signature that needs an SMS OTP. */
  welcomePack: {
    packageId: 101,
    name: 'Welcome pack',
    documentId: 1011,
    documentName: 'Welcome letter.pdf',
    pages: 2,
    fieldName: 'Signature-1',
    /** The sender's message (workflow.message). */
    message: 'Welcome to the SigningHub sandbox. Sign the letter with the code sent to your phone.',
  },
  /** Each document's OTP call fails in one documented way; workflow and fields work. */
  errorLab: { packageId: 102, name: 'Error lab', fieldName: 'Signature-1', documents: ERROR_LAB_DOCUMENTS },
  /** alice hosts an in-person signer ("Customer"): one field with OTP, one without. */
  kiosk: {
    packageId: 103,
    name: 'Kiosk - account opening',
    documentId: 1031,
    inPersonFieldName: 'Customer-Signature',
    inPersonMobile: IN_PERSON_MOBILE,
    hostFieldName: 'Signature-1',
    noOtpDocumentId: 1032,
  },
  /**
   * One document with every field kind, some already processed by another signer; radio group
   * 'Payment' has the buttons Monthly, Quarterly and Yearly. v4 answers add one field of each v4-only kind.
   */
  fieldGallery: {
    packageId: 104,
    name: 'Field gallery',
    documentId: 1041,
    documentName: 'All field kinds.pdf',
    v4Only: { qrcode: 'QR-Code-1', attachment: 'Attachment-1', commentId: 1, uniqueIdentifier: 'Document-ID' },
  },
  /** A digital signature without OTP, for quick signing. */
  noOtp: { packageId: 105, name: 'Supplier agreement (no OTP)', documentId: 1051, fieldName: 'Signature-1' },
  /** Signing answers PENDING; field/status answers SIGNED once remoteApprovalDelayMs has passed. */
  remoteApproval: { packageId: 106, name: 'Board resolution (remote approval)', documentId: 1061, fieldName: 'Signature-1', outcome: 'SIGNED' },
  /** Like remoteApproval, but the phone answers FAILED; the field stays UN_PROCESSED. */
  remoteApprovalFails: { packageId: 107, name: 'Share transfer (remote approval fails)', documentId: 1071, fieldName: 'Signature-1', outcome: 'FAILED' },
  /** Like remoteApproval, but the signer declines on the phone; the field stays UN_PROCESSED. */
  remoteApprovalDeclined: {
    packageId: 108,
    name: 'Guarantee letter (remote approval declined)',
    documentId: 1081,
    fieldName: 'Signature-1',
    outcome: 'DECLINED',
  },
  /**
   * open, page images and download need x-password, or the unlock call
   * (POST .../workflow/{order}/authentication/password) once; one signature without OTP.
   */
  passwordProtected: {
    packageId: 109,
    name: 'Confidential offer (password)',
    documentId: 1091,
    documentName: 'Offer letter.pdf',
    pages: 2,
    fieldName: 'Signature-1',
    password: 'open-sesame',
    order: 1,
  },
  /**
   * open, page images and download need x-otp: the code that POST .../workflow/{order}/authentication/otp
   * texts alice (open itself texts nothing); one signature without OTP.
   */
  otpProtected: {
    packageId: 110,
    name: 'Medical consent (OTP-protected)',
    documentId: 1101,
    documentName: 'Medical consent.pdf',
    pages: 1,
    fieldName: 'Signature-1',
    order: 1,
  },
  /** Every form field kind for alice in the documented v3 shapes, all UN_PROCESSED, plus two initials and a signature without OTP. */
  accountApplication: {
    packageId: 111,
    name: 'Account application (form)',
    documentId: 1111,
    documentName: 'Account application.pdf',
    text: {
      /** validation_rule MANDATORY (v3 sends no `required`). */
      required: 'Full name',
      maxLength10: 'Postcode',
      email: 'Email',
      number: 'Dependants',
      date: 'Date of birth',
      time: 'Preferred call time',
      alphanumeric: 'Reference code',
      /** read_only, value `readOnlyValue`. */
      readOnly: 'Branch code',
      /** visible false. */
      hidden: 'Internal reference',
    },
    dateValue: '1990-04-01 00:00:00 +00',
    readOnlyValue: 'LDN-01',
    checkbox: 'Agree terms',
    /** The radio_group_name of the three radio buttons, which are required. */
    radio: 'Account type',
    /** The field_name of each radio button. */
    radioOptions: ['Current', 'Savings', 'Joint'],
    dropdown: 'Country',
    dropdownOptions: ['United Kingdom', 'Ireland', 'Germany'],
    listbox: 'Services',
    listboxOptions: ['Overdraft', 'Debit card', 'Online banking'],
    initials: ['Initials-1', 'Initials-2'],
    fieldName: 'Signature-1',
  },
  /** SERIAL: alice signs (no OTP) and finishes, then it is Priya Shah's turn (INPROGRESS for alice). */
  serialHandOff: { packageId: 112, name: 'Consultancy agreement (serial)', documentId: 1121, fieldName: 'Signature-1', nextSigner: 'Priya Shah' },
  /** alice is REVIEWER (approve), then Priya Shah signs. */
  reviewer: { packageId: 113, name: 'Policy update (review)', documentId: 1131, role: 'REVIEWER', nextSigner: 'Priya Shah' },
  /** alice is EDITOR (submit), then Priya Shah signs. */
  editor: { packageId: 114, name: 'Press release (edit)', documentId: 1141, role: 'EDITOR', nextSigner: 'Priya Shah' },
  /** One required text field, two initials and an OTP signature: a keyboard-only end-to-end flow. */
  keyboardFlow: {
    packageId: 115,
    name: 'Keyboard flow',
    documentId: 1151,
    pages: 2,
    textFieldName: 'Full name',
    initials: ['Initials-1', 'Initials-2'],
    fieldName: 'Signature-1',
  },
  /** One hand_signature field (no authentication members), signed like an electronic one. */
  handSignature: {
    packageId: 116,
    name: 'Letter of intent (hand signature)',
    documentId: 1161,
    documentName: 'Letter of intent.pdf',
    fieldName: 'Hand-Signature-1',
  },
  /** The field announces no OTP, but Sign without x-otp answers 403 otp_required; the field OTP call texts the code. */
  serverDemandsOtp: {
    packageId: 117,
    name: 'Loan agreement (server asks for a code)',
    documentId: 1171,
    documentName: 'Loan agreement.pdf',
    fieldName: 'Signature-1',
  },
  /** authentication.totp.enabled without SMS: Sign needs the current RFC 6238 code of `totpSecret` (base32) in x-otp. */
  totp: {
    packageId: 118,
    name: 'Authenticator approval (TOTP)',
    documentId: 1181,
    documentName: 'Authenticator approval.pdf',
    fieldName: 'Signature-1',
    totpSecret: 'ONQW4ZDCN54C25DPORYC2MJRHAYS24ZR',
  },
  /** Sign answers 200 with an empty body; the field is signed all the same. */
  emptySignAnswer: { packageId: 119, name: 'Quick sign (empty answer)', documentId: 1191, documentName: 'Quick sign.pdf', fieldName: 'Signature-1' },
  /** Two SMS-OTP signatures with codes of 4 and 9 digits. */
  codeLengths: {
    packageId: 120,
    name: 'Code lengths',
    documentId: 1201,
    documentName: 'Code lengths.pdf',
    fields: [
      { fieldName: 'Signature-4', length: 4 },
      { fieldName: 'Signature-9', length: 9 },
    ],
  },
  /** Password-protected with a password no header can carry: only the unlock call opens it. */
  nonLatinPassword: {
    packageId: 121,
    name: 'Contrat confidentiel (mot de passe)',
    documentId: 1211,
    documentName: 'Contrat confidentiel.pdf',
    fieldName: 'Signature-1',
    password: 'sésame-開け',
    order: 1,
  },
  /**
   * workflow_status SHARED, an ELECTRONIC_SEAL recipient and an INVALID one; package_status INPROGRESS,
   * so it is in alice's ALL and INPROGRESS lists but not PENDING. Dates in the +0000 style.
   */
  realWorkflowValues: {
    packageId: 122,
    name: 'Real workflow values',
    documentId: 1221,
    documentName: 'Real workflow values.pdf',
    fieldName: 'Signature-1',
    packageStatus: 'INPROGRESS',
    workflowStatus: 'SHARED',
    order: 3,
  },
  /** Package and document dates with a short fraction and no zone; `zoneLessModifiedOn` is the seeded modified_on. */
  dateFormats: {
    packageId: 123,
    name: 'Date formats',
    documentId: 1231,
    documentName: 'Date formats.pdf',
    fieldName: 'Signature-1',
    zoneLessModifiedOn: '2024-06-14T10:14:12.39',
  },
  /**
   * alice hosts two walk-up signers on one document: the Applicant signs with an SMS code to another
   * phone, the Co-applicant with none.
   */
  jointAccount: {
    packageId: 124,
    name: 'Joint account (two customers)',
    documentId: 1241,
    documentName: 'Joint account mandate.pdf',
    applicant: { fieldName: 'Applicant-Signature', placeholder: 'Applicant', order: 1, mobile: IN_PERSON_MOBILE_2 },
    coApplicant: { fieldName: 'Co-applicant-Signature', placeholder: 'Co-applicant', order: 2 },
  },
  /** bob's PENDING package with an OTP signature. */
  bobOnboarding: { packageId: 201, name: 'Bob onboarding pack', documentId: 2011, fieldName: 'Signature-1' },
  /** carol's PENDING package: no number on the field or profile, so the OTP call answers 400. */
  carolConsent: { packageId: 301, name: 'Consent form - Carol', documentId: 3011, fieldName: 'Signature-1' },
  /** carol's PENDING package without OTP. */
  carolPhotoRelease: { packageId: 302, name: 'Photo release - Carol', documentId: 3021, fieldName: 'Signature-1' },
  /** alice's PENDING fixtures, newest first: the top of her list. */
  alicePendingOrder: [
    'Welcome pack',
    'Error lab',
    'Kiosk - account opening',
    'Field gallery',
    'Supplier agreement (no OTP)',
    'Board resolution (remote approval)',
    'Share transfer (remote approval fails)',
    'Guarantee letter (remote approval declined)',
    'Confidential offer (password)',
    'Medical consent (OTP-protected)',
    'Account application (form)',
    'Consultancy agreement (serial)',
    'Policy update (review)',
    'Press release (edit)',
    'Keyboard flow',
    'Letter of intent (hand signature)',
    'Loan agreement (server asks for a code)',
    'Authenticator approval (TOTP)',
    'Quick sign (empty answer)',
    'Code lengths',
    'Contrat confidentiel (mot de passe)',
    'Date formats',
    'Joint account (two customers)',
  ],
  /** Generated package n (1-based) has id firstGeneratedId + n - 1; its documents are id * 10 + 1..3. */
  firstGeneratedId: 10001,
} as const;

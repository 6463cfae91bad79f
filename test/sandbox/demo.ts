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
  welcomePack: { packageId: 101, name: 'Welcome pack', documentId: 1011, documentName: 'Welcome letter.pdf', pages: 2, fieldName: 'Signature-1' },
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
  /** One document with every field kind, some already processed by another signer. */
  fieldGallery: { packageId: 104, name: 'Field gallery', documentId: 1041 },
  /** A digital signature without OTP, for quick signing. */
  noOtp: { packageId: 105, name: 'Supplier agreement (no OTP)', documentId: 1051, fieldName: 'Signature-1' },
  /** Signing answers PENDING; field/status answers SIGNED once remoteApprovalDelayMs has passed. */
  remoteApproval: { packageId: 106, name: 'Board resolution (remote approval)', documentId: 1061, fieldName: 'Signature-1', outcome: 'SIGNED' },
  /** Like remoteApproval, but the phone answers FAILED; the field stays UN_PROCESSED. */
  remoteApprovalFails: { packageId: 107, name: 'Share transfer (remote approval fails)', documentId: 1071, fieldName: 'Signature-1', outcome: 'FAILED' },
  /** Like remoteApproval, but the signer declines on the phone; the field stays UN_PROCESSED. */
  remoteApprovalDeclined: { packageId: 108, name: 'Guarantee letter (remote approval declined)', documentId: 1081, fieldName: 'Signature-1', outcome: 'DECLINED' },
  /** open, page images and download need request header x-password; one signature without OTP. */
  passwordProtected: { packageId: 109, name: 'Confidential offer (password)', documentId: 1091, documentName: 'Offer letter.pdf', pages: 2, fieldName: 'Signature-1', password: 'open-sesame' },
  /** open, page images and download need x-otp; a call without it texts alice a code for the package. */
  otpProtected: { packageId: 110, name: 'Medical consent (OTP-protected)', documentId: 1101, documentName: 'Medical consent.pdf', pages: 1, fieldName: 'Signature-1' },
  /** Every form field kind for alice, all UN_PROCESSED, plus two initials and a signature without OTP. */
  accountApplication: {
    packageId: 111,
    name: 'Account application (form)',
    documentId: 1111,
    text: { required: 'Full name', maxLength10: 'Postcode', email: 'Email', number: 'Dependants', date: 'Date of birth' },
    checkbox: 'Agree terms',
    radio: 'Account type',
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
  ],
  /** Generated package n (1-based) has id firstGeneratedId + n - 1; its documents are id * 10 + 1..3. */
  firstGeneratedId: 10001,
} as const;

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
  /** Signing answers PENDING; the second field/status poll answers SIGNED. */
  remoteApproval: { packageId: 106, name: 'Board resolution (remote approval)', documentId: 1061, fieldName: 'Signature-1' },
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
  ],
  /** Generated package n (1-based) has id firstGeneratedId + n - 1; its documents are id * 10 + 1..3. */
  firstGeneratedId: 10001,
} as const;

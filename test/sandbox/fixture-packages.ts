// The hand-written fixture packages: alice's newest PENDING ones, and bob's and carol's.
import { DEMO, ERROR_LAB_DOCUMENTS, FIXTURES, IN_PERSON_MOBILE } from './demo';
import type { Field, PackageRecord } from './model';
import { actionFixtures } from './fixture-packages-actions';
import { keepFixtures } from './fixture-packages-keep';
import { serverCaseFixtures } from './fixture-packages-server-cases';
import { signingFixtures } from './fixture-packages-signing';
import {
  alice,
  documentRecord,
  field,
  fixtureTime,
  HOUR,
  NEWEST,
  otp,
  packageRecord,
  PRIYA,
  processed,
  radioGroup,
  recipient,
  SANDBOX_SENDER,
} from './record-builders';
import type { Person } from './record-builders';

/** alice's fixtures: the newest PENDING packages in her list. */
export function aliceFixtures(): PackageRecord[] {
  return [...firstFixtures(), ...signingFixtures(), ...actionFixtures(), ...serverCaseFixtures(), ...keepFixtures()];
}

/** The first six fixtures, which the oldest tests and demos know by position. */
function firstFixtures(): PackageRecord[] {
  const at = fixtureTime;
  const f = FIXTURES;
  return [
    packageRecord({
      id: f.welcomePack.packageId,
      name: f.welcomePack.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(0),
      unread: true,
      message: f.welcomePack.message,
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.welcomePack.documentId, f.welcomePack.documentName, 1, f.welcomePack.pages, t, [
          // The field names the recipient's number, as SigningHub fills sms_otp.mobile_number.
          field('digital_signature', f.welcomePack.fieldName, 1, 2, 4, { sms_otp: otp(DEMO.users.alice.mobile) }),
        ]),
      ],
    }),
    packageRecord({
      id: f.errorLab.packageId,
      name: f.errorLab.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(1),
      message: "Each document's OTP call fails the way its name says.",
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) =>
        ERROR_LAB_DOCUMENTS.map((c, i) =>
          documentRecord(c.documentId, c.documentName, i + 1, 1, t, [field('digital_signature', f.errorLab.fieldName, 1, 1, 6, { sms_otp: otp() })], {
            status: c.status,
            message: c.message,
          }),
        ),
    }),
    packageRecord({
      id: f.kiosk.packageId,
      name: f.kiosk.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(2),
      unread: true,
      recipients: [recipient(1, alice, 'INPERSON_HOST', 'UN_PROCESSED', null, { placeholder: 'Customer' }), recipient(2, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.kiosk.documentId, 'Account opening form.pdf', 1, 2, t, [
          field('text', 'Customer name', 1, 1, 0, { required: true, max_length: 80, placeholder: 'Full name' }),
          field('in_person_signature', f.kiosk.inPersonFieldName, 1, 2, 2, { sms_otp: otp(IN_PERSON_MOBILE) }),
          field('digital_signature', f.kiosk.hostFieldName, 2, 2, 3),
        ]),
        documentRecord(f.kiosk.noOtpDocumentId, 'Privacy notice.pdf', 2, 1, t, [field('in_person_signature', f.kiosk.inPersonFieldName, 1, 1, 4)]),
      ],
    }),
    packageRecord({
      id: f.fieldGallery.packageId,
      name: f.fieldGallery.name,
      owner: PRIYA,
      status: 'PENDING',
      modified: at(3),
      recipients: [
        recipient(1, PRIYA, 'SIGNER', 'SIGNED', at(4)),
        recipient(2, alice, 'SIGNER'),
        recipient(3, alice, 'INPERSON_HOST', 'UN_PROCESSED', null, { placeholder: 'Customer' }),
      ],
      documents: (t) => [
        documentRecord(f.fieldGallery.documentId, f.fieldGallery.documentName, 1, 3, t, [
          processed(field('text', 'Reference', 1, 1, 0, { value: 'PO-4471', required: true, max_length: 20 }), PRIYA.name, at(4)),
          field('text', 'Full name', 2, 1, 2, { required: true, max_length: 60, placeholder: 'As on your passport' }),
          field('text', 'Email', 2, 1, 3, { format_type: 'EMAIL', placeholder: 'name@example.com' }),
          ...radioGroup('Payment', ['Monthly', 'Quarterly', 'Yearly'], 2, 1, 4, { required: true }),
          field('checkbox', 'Agree terms', 2, 1, 7, { required: true }),
          field('dropdown', 'Country', 2, 1, 8, { choices: ['United Kingdom', 'Ireland', 'Germany', 'Pakistan'] }),
          field('listbox', 'Services', 2, 1, 9, { choices: ['Payroll', 'Pensions', 'Benefits', 'Travel'] }),
          processed(field('digital_signature', 'Priya-Signature', 1, 2, 0), PRIYA.name, at(4)),
          processed(field('hand_signature', 'Priya-Hand-Signature', 1, 2, 1), PRIYA.name, at(4)),
          field('initials', 'Initials-1', 2, 2, 2),
          field('electronic_signature', 'Electronic-1', 2, 2, 3),
          field('digital_signature', 'Signature-1', 2, 3, 0, { sms_otp: otp() }),
          field('in_person_signature', 'Customer-Signature', 3, 3, 1, { sms_otp: otp(IN_PERSON_MOBILE) }),
          field('initials', 'Initials-2', 2, 3, 4),
          ...galleryV4OnlyFields(),
        ]),
      ],
    }),
    packageRecord({
      id: f.noOtp.packageId,
      name: f.noOtp.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(5),
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.noOtp.documentId, 'Supplier agreement.pdf', 1, 3, t, [
          field('initials', 'Initials-1', 1, 1, 7),
          field('digital_signature', f.noOtp.fieldName, 1, 3, 4),
        ]),
      ],
    }),
    packageRecord({
      id: f.remoteApproval.packageId,
      name: f.remoteApproval.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(6),
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.remoteApproval.documentId, 'Board resolution.pdf', 1, 1, t, [
          field('digital_signature', f.remoteApproval.fieldName, 1, 1, 6, { remoteApproval: f.remoteApproval.outcome }),
        ]),
      ],
    }),
  ];
}

/** The Field gallery's v4-only fields (v3 answers leave them out): shapes of the v4 definitions. */
function galleryV4OnlyFields(): Field[] {
  const names = FIXTURES.fieldGallery.v4Only;
  return [
    field('qrcode', names.qrcode, 0, 1, 10, { info: { type: 'QR', value: '', data: 'https://sandbox.example/document/1041' } }),
    field('attachment', names.attachment, 2, 1, 11, { info: { note: '', validation_rule: 'OPTIONAL' } }),
    field('comment', String(names.commentId), 0, 2, 5, {
      info: { id: names.commentId, unread_count: 1, private: false, recipients: [{ user_name: alice.name, user_email: alice.email }] },
    }),
    field('unique_identifier', names.uniqueIdentifier, 0, 3, 5, { info: { value: 'SH-1041-7F3A' } }),
  ];
}

/** bob's and carol's packages. */
export function otherUserPackages(): PackageRecord[] {
  const bob: Person = DEMO.users.bob;
  const carol: Person = DEMO.users.carol;
  const f = FIXTURES;
  const at = (hours: number): number => NEWEST - hours * HOUR;
  return [
    packageRecord({
      id: f.bobOnboarding.packageId,
      name: f.bobOnboarding.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(1),
      unread: true,
      recipients: [recipient(1, bob, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.bobOnboarding.documentId, 'Onboarding checklist.pdf', 1, 1, t, [
          field('digital_signature', f.bobOnboarding.fieldName, 1, 1, 6, { sms_otp: otp() }),
        ]),
      ],
    }),
    packageRecord({
      id: 202,
      name: 'Expense policy acknowledgement',
      owner: SANDBOX_SENDER,
      status: 'COMPLETED',
      modified: at(30),
      folder: 'ARCHIVE',
      recipients: [recipient(1, bob, 'SIGNER', 'SIGNED', at(30))],
      documents: (t) => [
        documentRecord(2021, 'Expense policy.pdf', 1, 2, t, [processed(field('electronic_signature', 'Signature-1', 1, 2, 4), bob.name, at(30))]),
      ],
    }),
    packageRecord({
      id: 203,
      name: 'Vehicle lease - Contoso',
      owner: { name: 'Liam Chen', email: 'liam.chen@contoso.example' },
      status: 'DECLINED',
      modified: at(54),
      style: 'zulu',
      recipients: [recipient(1, bob, 'SIGNER', 'DECLINED', at(54), { reason: 'Wrong vehicle model' })],
      documents: (t) => [documentRecord(2031, 'Vehicle lease.pdf', 1, 3, t, [field('digital_signature', 'Signature-1', 1, 3, 4, { sms_otp: otp() })])],
    }),
    packageRecord({
      id: f.carolConsent.packageId,
      name: f.carolConsent.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(2),
      unread: true,
      recipients: [recipient(1, carol, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.carolConsent.documentId, 'Consent form.pdf', 1, 1, t, [
          field('digital_signature', f.carolConsent.fieldName, 1, 1, 6, { sms_otp: otp('') }),
        ]),
      ],
    }),
    packageRecord({
      id: f.carolPhotoRelease.packageId,
      name: f.carolPhotoRelease.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: at(3),
      recipients: [recipient(1, carol, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.carolPhotoRelease.documentId, 'Photo release.pdf', 1, 1, t, [field('electronic_signature', f.carolPhotoRelease.fieldName, 1, 1, 6)]),
      ],
    }),
  ];
}

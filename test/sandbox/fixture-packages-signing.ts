// alice's fixtures for signing paths: remote approval outcomes, protected documents, forms, keyboard flow.
import { FIXTURES } from './demo';
import type { ApprovalOutcome, PackageRecord } from './model';
import { alice, documentRecord, field, fixtureTime, otp, packageRecord, recipient, SANDBOX_SENDER } from './record-builders';

/** A one-signature package whose remote approval ends with `outcome`. */
function remoteApprovalPackage(
  spec: { packageId: number; name: string; documentId: number; fieldName: string; outcome: ApprovalOutcome },
  documentName: string,
  position: number,
): PackageRecord {
  return packageRecord({
    id: spec.packageId,
    name: spec.name,
    owner: SANDBOX_SENDER,
    status: 'PENDING',
    modified: fixtureTime(position),
    recipients: [recipient(1, alice, 'SIGNER')],
    documents: (t) => [documentRecord(spec.documentId, documentName, 1, 1, t, [field('digital_signature', spec.fieldName, 1, 1, 6, { remoteApproval: spec.outcome })])],
  });
}

/** Fixtures 7 to 11 and 15 of alice's PENDING list. */
export function signingFixtures(): PackageRecord[] {
  const f = FIXTURES;
  const form = f.accountApplication;
  const keys = f.keyboardFlow;
  return [
    remoteApprovalPackage(f.remoteApprovalFails, 'Share transfer form.pdf', 7),
    remoteApprovalPackage(f.remoteApprovalDeclined, 'Guarantee letter.pdf', 8),
    packageRecord({
      id: f.passwordProtected.packageId,
      name: f.passwordProtected.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: fixtureTime(9),
      unread: true,
      message: 'The document password was sent to you separately.',
      protection: { kind: 'password', password: f.passwordProtected.password },
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.passwordProtected.documentId, f.passwordProtected.documentName, 1, f.passwordProtected.pages, t, [
          field('digital_signature', f.passwordProtected.fieldName, 1, 2, 4),
        ]),
      ],
    }),
    packageRecord({
      id: f.otpProtected.packageId,
      name: f.otpProtected.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: fixtureTime(10),
      unread: true,
      protection: { kind: 'otp' },
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.otpProtected.documentId, f.otpProtected.documentName, 1, f.otpProtected.pages, t, [
          field('digital_signature', f.otpProtected.fieldName, 1, 1, 6),
        ]),
      ],
    }),
    packageRecord({
      id: form.packageId,
      name: form.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: fixtureTime(11),
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(form.documentId, 'Account application.pdf', 1, 2, t, [
          field('text', form.text.required, 1, 1, 0, { required: true, max_length: 60, placeholder: 'As on your passport' }),
          field('text', form.text.maxLength10, 1, 1, 1, { max_length: 10 }),
          field('text', form.text.email, 1, 1, 2, { format_type: 'EMAIL', placeholder: 'name@example.com' }),
          field('text', form.text.number, 1, 1, 3, { format_type: 'NUMBER', max_length: 2 }),
          field('text', form.text.date, 1, 1, 4, { format_type: 'DATE', placeholder: 'yyyy-mm-dd' }),
          field('checkbox', form.checkbox, 1, 1, 5, { required: true }),
          field('radio', form.radio, 1, 1, 6, { options: [...form.radioOptions], required: true }),
          field('dropdown', form.dropdown, 1, 1, 7, { options: [...form.dropdownOptions] }),
          field('listbox', form.listbox, 1, 1, 8, { options: [...form.listboxOptions] }),
          field('initials', form.initials[0], 1, 1, 9),
          field('initials', form.initials[1], 1, 2, 0),
          field('digital_signature', form.fieldName, 1, 2, 4),
        ]),
      ],
    }),
    packageRecord({
      id: keys.packageId,
      name: keys.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified: fixtureTime(15),
      message: 'Fill in your name, initial both pages, then sign with the code sent to your phone.',
      recipients: [recipient(1, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(keys.documentId, 'Keyboard flow.pdf', 1, keys.pages, t, [
          field('text', keys.textFieldName, 1, 1, 0, { required: true, max_length: 60 }),
          field('initials', keys.initials[0], 1, 1, 3),
          field('initials', keys.initials[1], 1, 2, 1),
          field('digital_signature', keys.fieldName, 1, 2, 4, { sms_otp: otp() }),
        ]),
      ],
    }),
  ];
}

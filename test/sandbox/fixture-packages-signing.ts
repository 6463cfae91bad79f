// alice's fixtures for signing paths: remote approval outcomes, protected documents, forms, keyboard flow.
import { FIXTURES } from './demo';
import type { ApprovalOutcome, PackageRecord } from './model';
import {
  alice,
  aliceFixture,
  documentRecord,
  field,
  fixtureTime,
  otp,
  packageRecord,
  passwordProtection,
  radioGroup,
  recipient,
  SANDBOX_SENDER,
} from './record-builders';
import type { FixtureIds } from './record-builders';

/** A one-signature package whose remote approval ends with `outcome`. */
function remoteApprovalPackage(spec: FixtureIds & { fieldName: string; outcome: ApprovalOutcome }, documentName: string, position: number): PackageRecord {
  return aliceFixture(spec, documentName, position, [field('digital_signature', spec.fieldName, 1, 1, 6, { remoteApproval: spec.outcome })]);
}

/** Fixtures 7 to 11 and 15 of alice's PENDING list. */
export function signingFixtures(): PackageRecord[] {
  const f = FIXTURES;
  const form = f.accountApplication;
  const text = form.text;
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
      protection: passwordProtection(f.passwordProtected.password),
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
        documentRecord(form.documentId, form.documentName, 1, 2, t, [
          field('text', text.required, 1, 1, 0, { required: true, max_length: 60, placeholder: 'As on your passport' }),
          field('text', text.maxLength10, 1, 1, 1, { max_length: 10 }),
          field('text', text.email, 1, 1, 2, { format_type: 'EMAIL', placeholder: 'name@example.com' }),
          field('text', text.number, 1, 1, 3, { format_type: 'NUMBER', max_length: 2 }),
          field('text', text.date, 1, 1, 4, { format_type: 'DATE', format: 'yyyy-mm-dd', value: form.dateValue }),
          field('text', text.time, 1, 1, 5, { format_type: 'TIME', placeholder: 'hh:mm' }),
          field('text', text.alphanumeric, 1, 1, 6, { format_type: 'ALPHANUMERIC', max_length: 12 }),
          field('text', text.readOnly, 1, 1, 7, { read_only: true, value: form.readOnlyValue }),
          field('text', text.hidden, 1, 1, 8, { visible: false }),
          ...radioGroup(form.radio, form.radioOptions, 1, 1, 9, { required: true }),
          field('checkbox', form.checkbox, 1, 1, 12, { required: true }),
          field('dropdown', form.dropdown, 1, 1, 13, { choices: [...form.dropdownOptions] }),
          field('listbox', form.listbox, 1, 1, 14, { choices: [...form.listboxOptions] }),
          field('initials', form.initials[0], 1, 1, 15),
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

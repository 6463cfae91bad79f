// alice's fixtures for what real servers do that a field does not announce: hand signatures,
// server-demanded and authenticator codes, empty Sign answers, code lengths, a non-Latin-1
// password, production workflow values and short-fraction dates.
import { FIXTURES } from './demo';
import type { Field, PackageRecord } from './model';
import type { FixtureIds, PackageSpec } from './record-builders';
import { alice, aliceFixture, documentRecord, field, fixtureTime, otp, packageRecord, passwordProtection, PRIYA, recipient } from './record-builders';

/** One of alice's single-document fixtures, named by FIXTURES with its document name. */
function oneDocumentPackage(spec: FixtureIds & { documentName: string }, position: number, fields: Field[], extra: Partial<PackageSpec> = {}): PackageRecord {
  return aliceFixture(spec, spec.documentName, position, fields, extra);
}

/** Fixtures 16 to 24 of alice's list (ids 116 to 124). */
export function serverCaseFixtures(): PackageRecord[] {
  const f = FIXTURES;
  const workflow = f.realWorkflowValues;
  const signature = (name: string, extra: Partial<Field> = {}): Field => field('digital_signature', name, 1, 1, 6, extra);
  return [
    oneDocumentPackage(f.handSignature, 16, [field('hand_signature', f.handSignature.fieldName, 1, 1, 6)]),
    oneDocumentPackage(f.serverDemandsOtp, 17, [signature(f.serverDemandsOtp.fieldName, { serverDemandsOtp: true })], {
      message: 'The signing server asks for a code by SMS, although the field does not say so.',
    }),
    oneDocumentPackage(f.totp, 18, [signature(f.totp.fieldName, { totpSecret: f.totp.totpSecret })], {
      message: 'Sign with the code from your authenticator app.',
    }),
    oneDocumentPackage(f.emptySignAnswer, 19, [signature(f.emptySignAnswer.fieldName, { emptySignAnswer: true })]),
    oneDocumentPackage(
      f.codeLengths,
      20,
      f.codeLengths.fields.map((c, i) => field('digital_signature', c.fieldName, 1, 1, 4 + i, { sms_otp: otp('', c.length) })),
    ),
    oneDocumentPackage(f.nonLatinPassword, 21, [signature(f.nonLatinPassword.fieldName)], {
      unread: true,
      protection: passwordProtection(f.nonLatinPassword.password),
      message: 'Le mot de passe vous a été envoyé séparément.',
    }),
    packageRecord({
      id: workflow.packageId,
      name: workflow.name,
      owner: PRIYA,
      status: workflow.packageStatus,
      workflowStatus: workflow.workflowStatus,
      modified: fixtureTime(22),
      style: 'offset',
      recipients: [
        recipient(1, { name: 'Northwind Seal', email: 'seal@northwind.example' }, 'ELECTRONIC_SEAL', 'SIGNED', fixtureTime(23)),
        recipient(2, { name: 'Former Signer', email: 'former.signer@northwind.example' }, 'SIGNER', 'INVALID'),
        recipient(workflow.order, alice, 'SIGNER'),
      ],
      documents: (t) => [
        documentRecord(workflow.documentId, workflow.documentName, 1, 1, t, [field('digital_signature', workflow.fieldName, workflow.order, 1, 6)]),
      ],
    }),
    // 390 ms past the second, so the short fraction reads .39.
    oneDocumentPackage(f.dateFormats, 23, [signature(f.dateFormats.fieldName)], { modified: fixtureTime(23) + 390, style: 'shortFraction' }),
    jointAccountPackage(),
  ];
}

/** Two in-person fields, each for its own walk-up signer, hosted by alice. */
function jointAccountPackage(): PackageRecord {
  const { jointAccount: joint } = FIXTURES;
  const { applicant, coApplicant } = joint;
  return oneDocumentPackage(
    joint,
    24,
    [
      field('in_person_signature', applicant.fieldName, applicant.order, 1, 5, { sms_otp: otp(applicant.mobile), placeholder: applicant.placeholder }),
      field('in_person_signature', coApplicant.fieldName, coApplicant.order, 1, 6, { placeholder: coApplicant.placeholder }),
    ],
    {
      recipients: [
        recipient(applicant.order, alice, 'INPERSON_HOST', 'UN_PROCESSED', null, { placeholder: applicant.placeholder }),
        recipient(coApplicant.order, alice, 'INPERSON_HOST', 'UN_PROCESSED', null, { placeholder: coApplicant.placeholder }),
      ],
      message: 'Both account holders sign in the branch.',
    },
  );
}

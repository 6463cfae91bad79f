// alice's fixture for saving and verifying what was signed: two documents, one earlier signature that verifies INVALID.
import { FIXTURES } from './demo';
import type { PackageRecord } from './model';
import { alice, documentRecord, field, fixtureTime, HOUR, packageRecord, PRIYA, processed, recipient, SANDBOX_SENDER } from './record-builders';

/** Fixture 25 of alice's PENDING list. */
export function keepFixtures(): PackageRecord[] {
  const f = FIXTURES.signedLease;
  const modified = fixtureTime(25);
  const priyaSigned = modified - HOUR;
  return [
    packageRecord({
      id: f.packageId,
      name: f.name,
      owner: SANDBOX_SENDER,
      status: 'PENDING',
      modified,
      recipients: [recipient(1, PRIYA, 'SIGNER', 'SIGNED', priyaSigned), recipient(2, alice, 'SIGNER')],
      documents: (t) => [
        documentRecord(f.documentId, f.documentName, 1, 1, t, [
          processed(
            field('digital_signature', f.priyaFieldName, 1, 1, 4, { signing_reason: 'Landlord', verificationError: f.invalidMessage }),
            PRIYA.name,
            priyaSigned,
          ),
          field('digital_signature', f.fieldName, 2, 1, 5),
        ]),
        documentRecord(f.rulesDocumentId, f.rulesDocumentName, 2, 1, t, [field('electronic_signature', f.rulesFieldName, 2, 1, 4)]),
      ],
    }),
  ];
}

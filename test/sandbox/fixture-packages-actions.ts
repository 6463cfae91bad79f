// alice's fixtures for package actions: a serial hand-off on finish, a reviewer and an editor.
import { FIXTURES } from './demo';
import type { PackageRecord, Role } from './model';
import { alice, documentRecord, field, fixtureTime, packageRecord, PRIYA, recipient, SANDBOX_SENDER } from './record-builders';

/** alice acts first in `role`, then it is Priya's turn to sign. */
function handOffPackage(spec: { packageId: number; name: string; documentId: number; fieldName?: string }, role: Role, documentName: string, position: number): PackageRecord {
  return packageRecord({
    id: spec.packageId,
    name: spec.name,
    owner: SANDBOX_SENDER,
    status: 'PENDING',
    modified: fixtureTime(position),
    recipients: [recipient(1, alice, role), recipient(2, PRIYA, 'SIGNER')],
    documents: (t) => {
      // Only signers have fields; a reviewer or editor has nothing to fill.
      const aliceFields = role === 'SIGNER' ? [field('digital_signature', spec.fieldName ?? 'Signature-1', 1, 1, 4)] : [];
      return [documentRecord(spec.documentId, documentName, 1, 1, t, [...aliceFields, field('digital_signature', 'Signature-2', 2, 1, 5)])];
    },
  });
}

/** Fixtures 12 to 14 of alice's PENDING list. */
export function actionFixtures(): PackageRecord[] {
  const f = FIXTURES;
  return [
    handOffPackage(f.serialHandOff, 'SIGNER', 'Consultancy agreement.pdf', 12),
    handOffPackage(f.reviewer, 'REVIEWER', 'Policy update.pdf', 13),
    handOffPackage(f.editor, 'EDITOR', 'Press release.pdf', 14),
  ];
}

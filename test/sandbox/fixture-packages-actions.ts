// alice's fixtures for package actions: a serial hand-off on finish, a reviewer and an editor.
import { FIXTURES } from './demo';
import type { PackageRecord, Role } from './model';
import { alice, aliceFixture, field, PRIYA, recipient } from './record-builders';
import type { FixtureIds } from './record-builders';

/** alice acts first in `role`, then it is Priya's turn to sign. */
function handOffPackage(spec: FixtureIds & { fieldName?: string }, role: Role, documentName: string, position: number): PackageRecord {
  // Only signers have fields; a reviewer or editor has nothing to fill.
  const aliceFields = role === 'SIGNER' ? [field('digital_signature', spec.fieldName ?? 'Signature-1', 1, 1, 4)] : [];
  return aliceFixture(spec, documentName, position, [...aliceFields, field('digital_signature', 'Signature-2', 2, 1, 5)], {
    recipients: [recipient(1, alice, role), recipient(2, PRIYA, 'SIGNER')],
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

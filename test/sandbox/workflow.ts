// Workflow rules: who acts next, and how a package moves when someone finishes.
import type { Field, PackageRecord, Recipient, User } from './model';

const ACTING_STATUSES = new Set(['PENDING', 'INPROGRESS', 'SIGNED']);

/** The recipient whose turn it is, or null when nobody is waiting. */
export function nextRecipient(pkg: PackageRecord): Recipient | null {
  if (!ACTING_STATUSES.has(pkg.status)) return null;
  return pkg.recipients.find((r) => r.role !== 'CARBON_COPY' && isOpen(r)) ?? null;
}

/** True while a recipient has not finished. */
export function isOpen(r: Recipient): boolean {
  return r.process_status === 'UN_PROCESSED' || r.process_status === 'IN_PROGRESS';
}

/** True when the package is out for signature and may be acted on. */
export function isActionable(pkg: PackageRecord): boolean {
  return pkg.status === 'PENDING' || pkg.status === 'INPROGRESS';
}

/** The user's open recipient entries in this package. */
export function openEntriesOf(pkg: PackageRecord, user: User): Recipient[] {
  return pkg.recipients.filter((r) => r.user_email === user.email && isOpen(r));
}

/** True when a serial workflow still waits on someone else before this recipient. */
export function waitsOnOthers(pkg: PackageRecord, entry: Recipient): boolean {
  if (pkg.workflow_type !== 'SERIAL') return false;
  return pkg.recipients.some((r) => r.order < entry.order && r.role !== 'CARBON_COPY' && isOpen(r) && r.user_email !== entry.user_email);
}

/** The recipient a field belongs to (by order). */
export function ownerOf(pkg: PackageRecord, f: Field): Recipient | undefined {
  return pkg.recipients.find((r) => r.order === f.order);
}

/** Sets the package status from its recipients after someone finished: next signer or COMPLETED. */
export function advance(pkg: PackageRecord): void {
  const next = pkg.recipients.find((r) => r.role !== 'CARBON_COPY' && isOpen(r));
  if (next) {
    pkg.status = 'INPROGRESS';
    return;
  }
  pkg.status = 'COMPLETED';
}

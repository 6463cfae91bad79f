// Remote authorised signing: sign answers PENDING, and the phone answers after a delay.
import type { ApprovalOutcome, DocumentRecord, Field } from './model';

/** What `POST .../field/status` answers. */
export type FieldStatus = ApprovalOutcome | 'PENDING';

/** Marks a field done by someone at a time, ending any remote approval. */
export function markProcessed(f: Field, by: string, now: number): void {
  f.process_status = 'PROCESSED';
  f.processed_by = by;
  f.processed_on = now;
  delete f.approvalDueAt;
  delete f.pendingSigner;
  delete f.approvalOutcome;
}

/** Starts a remote approval that resolves `delayMs` from now. */
export function startApproval(f: Field, signer: string, now: number, delayMs: number): void {
  f.approvalDueAt = now + delayMs;
  f.pendingSigner = signer;
  delete f.approvalOutcome;
}

/** True while a remote approval waits on the phone. */
export const isAwaitingApproval = (f: Field): boolean => f.approvalDueAt !== undefined;

/** Resolves the document's due approvals: SIGNED processes the field, FAILED and DECLINED leave it open. */
export function settleApprovals(doc: DocumentRecord, now: number): void {
  for (const f of doc.fields) {
    if (f.approvalDueAt === undefined || now < f.approvalDueAt) continue;
    const outcome = f.remoteApproval ?? 'SIGNED';
    if (outcome === 'SIGNED') {
      markProcessed(f, f.pendingSigner ?? '', f.approvalDueAt);
    } else {
      delete f.approvalDueAt;
      delete f.pendingSigner;
      f.approvalOutcome = outcome;
    }
  }
}

/** The status of a signature field once due approvals are settled. */
export function fieldStatus(f: Field, packageDeclined: boolean): FieldStatus {
  if (f.process_status === 'PROCESSED') return 'SIGNED';
  if (isAwaitingApproval(f)) return 'PENDING';
  if (f.approvalOutcome) return f.approvalOutcome;
  return packageDeclined ? 'DECLINED' : 'PENDING';
}

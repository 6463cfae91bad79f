// Who may act on a field, and when: shared by the signing and form-filling routes.
import type { FastifyRequest } from 'fastify';
import { requireDocument, requirePackage, requireUser } from './access';
import type { Caller } from './access';
import { fail, MESSAGES } from './errors';
import type { DocumentRecord, Field, PackageRecord, Recipient } from './model';
import { settleApprovals } from './remote-approval';
import type { SandboxState } from './state';
import { isActionable, isOpen, ownerOf, waitsOnOthers } from './workflow';

/** Path parameters of the document routes. */
export type DocParams = { id: string; doc: string };

/** The caller, package and document of a request, with due remote approvals settled. */
export function lookupDocument(state: SandboxState, request: FastifyRequest, params: DocParams): { caller: Caller; pkg: PackageRecord; doc: DocumentRecord } {
  const caller = requireUser(state, request);
  const pkg = requirePackage(state, caller.user, params.id);
  const doc = requireDocument(state, pkg, params.doc);
  settleApprovals(doc, Date.now());
  return { caller, pkg, doc };
}

/** The caller's recipient entry for a field in `role`; 403 when the field belongs to someone else. */
export function ownEntry(pkg: PackageRecord, f: Field, caller: Caller, role: Recipient['role']): Recipient {
  const entry = ownerOf(pkg, f);
  if (!entry || entry.user_email !== caller.user.email || entry.role !== role) throw fail(403, MESSAGES.notAuthorized);
  return entry;
}

/** 403 unless the entry is still open and it is its turn on a package out for signature. */
export function requireTurn(pkg: PackageRecord, entry: Recipient): void {
  if (!isOpen(entry) || !isActionable(pkg) || waitsOnOthers(pkg, entry)) throw fail(403, MESSAGES.notAuthorized);
}

/** The caller's entry for a field, whose turn it is; 403 otherwise. */
export function actingEntry(pkg: PackageRecord, f: Field, caller: Caller, role: Recipient['role']): Recipient {
  const entry = ownEntry(pkg, f, caller, role);
  requireTurn(pkg, entry);
  return entry;
}

/** Records that the caller has started on the package. */
export function noteProgress(state: SandboxState, pkg: PackageRecord, doc: DocumentRecord, entry: Recipient, now: number): void {
  if (entry.process_status === 'UN_PROCESSED') entry.process_status = 'IN_PROGRESS';
  doc.modified_on = now;
  state.touch(pkg, now);
}

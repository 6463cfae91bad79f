// Package-level actions: finish, decline, approve, submit and recall.
import type { FastifyInstance } from 'fastify';
import { bodyObject, optionalString, requirePackage, requireUser } from '../access';
import { fail, invalid, MESSAGES } from '../errors';
import type { PackageRecord, Recipient, RecipientStatus, Role, User } from '../model';
import type { SandboxState } from '../state';
import type { ApiVersion } from '../views';
import { advance, isActionable, openEntriesOf, waitsOnOthers } from '../workflow';

/** The web app's limit on decline and approve reasons. */
const MAX_REASON = 500;

/** The caller's open entries with one of these roles, whose turn it is; 403 when there are none. */
function actingEntries(pkg: PackageRecord, user: User, roles: readonly Role[]): Recipient[] {
  if (!isActionable(pkg)) throw fail(403, MESSAGES.notAuthorized);
  const entries = openEntriesOf(pkg, user).filter((r) => roles.includes(r.role) && !waitsOnOthers(pkg, r));
  if (entries.length === 0) throw fail(403, MESSAGES.notAuthorized);
  return entries;
}

/** Marks entries done and moves the package on. */
function complete(state: SandboxState, pkg: PackageRecord, entries: Recipient[], status: RecipientStatus, reason = ''): void {
  const now = Date.now();
  for (const r of entries) {
    r.process_status = status;
    r.processed_on = now;
    r.reason = reason;
  }
  advance(pkg);
  state.touch(pkg, now);
}

/** An optional reason of at most 500 characters; `required` makes it mandatory. */
function reasonOf(body: unknown, required: boolean): string {
  const reason = optionalString(bodyObject(body), 'reason')?.trim() ?? '';
  if ((required && reason === '') || reason.length > MAX_REASON) throw invalid();
  return reason;
}

/** Registers the package actions under a version prefix. */
export function registerWorkflowActionRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id`;

  app.post<{ Params: { id: string } }>(`${prefix}/finish`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    // Finishing twice, out of turn, or as a reviewer or editor is refused like any other action.
    complete(state, pkg, actingEntries(pkg, user, ['SIGNER', 'INPERSON_HOST']), 'SIGNED');
    return reply.code(200).send();
  });

  app.post<{ Params: { id: string } }>(`${prefix}/decline`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    const reason = reasonOf(request.body, true);
    const entries = actingEntries(pkg, user, ['SIGNER', 'INPERSON_HOST', 'REVIEWER', 'EDITOR']);
    const now = Date.now();
    for (const r of entries) Object.assign(r, { process_status: 'DECLINED', processed_on: now, reason });
    pkg.status = 'DECLINED';
    state.touch(pkg, now);
    return reply.code(200).send();
  });

  app.post<{ Params: { id: string } }>(`${prefix}/approve`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    const reason = reasonOf(request.body, false);
    complete(state, pkg, actingEntries(pkg, user, ['REVIEWER']), 'REVIEWED', reason);
    return reply.code(200).send();
  });

  app.post<{ Params: { id: string } }>(`${prefix}/submit`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    complete(state, pkg, actingEntries(pkg, user, ['EDITOR']), 'EDITED');
    return reply.code(200).send();
  });

  app.delete<{ Params: { id: string } }>(`${prefix}/workflow`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    if (pkg.owner_email !== user.email || !isActionable(pkg)) throw fail(403, MESSAGES.recallState);
    for (const r of pkg.recipients) Object.assign(r, { process_status: 'UN_PROCESSED', processed_on: null, reason: '' });
    pkg.status = 'DRAFT';
    state.touch(pkg);
    return reply.code(200).send();
  });
}

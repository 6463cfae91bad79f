// The package list, the workflow call and marking a package read (which a protected package guards).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { header, positiveInt, requirePackage, requireUser } from '../access';
import { invalid } from '../errors';
import type { PackageRecord } from '../model';
import { requireUnlocked } from '../protection';
import type { SandboxState } from '../state';
import { packageSummary, workflowView } from '../views';
import type { ApiVersion } from '../views';

const STATUSES: Record<ApiVersion, ReadonlySet<string>> = {
  v3: new Set(['ALL', 'DRAFT', 'PENDING', 'SIGNED', 'DECLINED', 'INPROGRESS', 'COMPLETED', 'EDITED', 'REVIEWED']),
  v4: new Set(['ALL', 'DRAFT', 'PENDING', 'SIGNED', 'DECLINED', 'INPROGRESS', 'COMPLETED', 'EDITED', 'REVIEWED', 'EXPIRING_IN_SEVEN_DAYS']),
};

/**
 * Decodes a base64 header (x-folder, x-search-text). A client that forgot to encode gets a 400
 * instead of a silently empty list: plain text is rarely padded base64 of clean UTF-8.
 */
function base64Header(request: FastifyRequest, name: string): string | undefined {
  const raw = header(request, name)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw) || raw.length % 4 !== 0) throw invalid();
  const text = Buffer.from(raw, 'base64').toString('utf8');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\ufffd]/.test(text)) throw invalid();
  return text;
}

/** Statuses a filter selects; seeded packages never expire, so EXPIRING_IN_SEVEN_DAYS is empty. */
function matchesStatus(pkg: PackageRecord, status: string): boolean {
  return status === 'ALL' || pkg.status === status;
}

/** Registers the package routes under a version prefix. */
export function registerPackageRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}`;

  app.get<{ Params: { status: string; page: string; rpp: string } }>(`${prefix}/packages/:status/:page/:rpp`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const status = request.params.status.toUpperCase();
    if (!STATUSES[version].has(status)) throw invalid();
    const page = positiveInt(request.params.page);
    const perPage = positiveInt(request.params.rpp);
    const folder = base64Header(request, 'x-folder')?.toUpperCase();
    const search = base64Header(request, 'x-search-text')?.toLowerCase();
    // byNewest is already in list order, so a page is one filtering pass with no sort.
    const first = (page - 1) * perPage;
    const items: PackageRecord[] = [];
    let total = 0;
    for (const pkg of state.byNewest) {
      if (!matchesStatus(pkg, status) || !state.canSee(pkg, user.email)) continue;
      if (folder && pkg.folder !== folder) continue;
      if (search && !pkg.package_name.toLowerCase().includes(search)) continue;
      if (total >= first && items.length < perPage) items.push(pkg);
      total++;
    }
    return reply.header('x-total-records', String(total)).send(items.map(packageSummary));
  });

  app.get<{ Params: { id: string } }>(`${prefix}/packages/:id/workflow`, async (request) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    return workflowView(pkg, state.documentsOf(pkg), user);
  });

  app.get<{ Params: { id: string } }>(`${prefix}/packages/:id/open`, async (request, reply) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    requireUnlocked(state, request, pkg, user);
    pkg.unread = false;
    return reply.code(200).send();
  });
}

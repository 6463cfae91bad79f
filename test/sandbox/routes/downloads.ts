// Downloads, verification and the package log (signinghub-api.md section 4).
// Downloads answer application/octet-stream with a Content-Disposition naming the file (RFC 6266: an
// ASCII `filename` and a UTF-8 `filename*`). Evidence: public clients send `Accept: application/octet-stream`
// and read the body as bytes (kanselarij-vlaanderen/signinghub-api-client `download_document`); the v4
// connector types Download Document, Download Package and Get Process Evidence Report as raw bytes.
// Unsure: the status of the draft-mode refusal (the guide gives its Message only); the sandbox answers 400.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { positiveInt, requireDocument, requirePackage, requireUser } from '../access';
import { fail } from '../errors';
import { documentPdf, evidenceReport, packageZip } from '../document-files';
import { historyEntries } from '../history-log';
import type { DocumentRecord, PackageRecord, User } from '../model';
import { requireUnlocked } from '../protection';
import { settleApprovals } from '../remote-approval';
import type { SandboxState } from '../state';
import type { ApiVersion } from '../views';
import { forVersion, verificationEntries } from '../verification';

/** The Message of the draft-mode refusal, from the API guide. */
export const DRAFT_DOWNLOAD_MESSAGE = 'Downloading document is not allowed in draft mode';

/** `attachment` with an ASCII fallback name and the exact UTF-8 name. */
export function attachmentHeader(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

type Params = { id: string; doc?: string };

/** Registers the download, verification and log routes under a version prefix. */
export function registerDownloadRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id`;

  /** The caller's package with its documents settled; a protected one must be unlocked when `guarded`. */
  const lookup = (request: FastifyRequest<{ Params: Params }>, guarded: boolean) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, request.params.id);
    const documents = state.documentsOf(pkg);
    for (const doc of documents) settleApprovals(doc, Date.now());
    if (guarded) requireUnlocked(state, request, pkg, user);
    return { user, pkg, documents };
  };

  /** Sends a file, logs its bytes and notes the download in the package's history. */
  const sendFile = (reply: FastifyReply, request: FastifyRequest, who: { user: User; pkg: PackageRecord }, name: string, bytes: Uint8Array) => {
    if (who.pkg.status === 'DRAFT') throw fail(400, DRAFT_DOWNLOAD_MESSAGE);
    const disposition = attachmentHeader(name);
    state.downloads.add(request.url.split('?', 1)[0] ?? request.url, bytes, disposition);
    const { user, pkg } = who;
    state.history.add(pkg.package_id, { at: Date.now(), by: user.name, email: user.email, type: 'DOCUMENT_DOWNLOADED', information: name });
    return reply.type('application/octet-stream').header('content-disposition', disposition).send(Buffer.from(bytes));
  };

  const oneDocument = (request: FastifyRequest<{ Params: Params }>) => {
    const found = lookup(request, true);
    return { ...found, doc: requireDocument(state, found.pkg, request.params.doc ?? '') };
  };

  app.get<{ Params: Params }>(`${prefix}/documents/:doc`, async (request, reply) => {
    const { user, pkg, doc } = oneDocument(request);
    return sendFile(reply, request, { user, pkg }, doc.document_name, await documentPdf(pkg, doc));
  });

  app.get<{ Params: Params }>(`${prefix}/documents/:doc/base64`, async (request, reply) => {
    const { pkg, doc } = oneDocument(request);
    if (pkg.status === 'DRAFT') throw fail(400, DRAFT_DOWNLOAD_MESSAGE);
    return reply.type('text/plain').send(Buffer.from(await documentPdf(pkg, doc)).toString('base64'));
  });

  // The whole package: its PDF when it has one document, a ZIP when it has several. v4 takes ?document-ids=1,2.
  app.get<{ Params: Params; Querystring: Record<string, string | undefined> }>(prefix, async (request, reply) => {
    const { user, pkg, documents } = lookup(request, true);
    let chosen: DocumentRecord[] = documents;
    const ids = version === 'v4' ? request.query['document-ids'] : undefined;
    if (ids !== undefined) chosen = ids.split(',').map((id) => requireDocument(state, pkg, id.trim()));
    const [only] = chosen;
    if (chosen.length === 1 && only) return sendFile(reply, request, { user, pkg }, only.document_name, await documentPdf(pkg, only));
    return sendFile(reply, request, { user, pkg }, `${pkg.package_name}.zip`, await packageZip(pkg, chosen));
  });

  app.get<{ Params: Params }>(`${prefix}/report`, async (request, reply) => {
    const { user, pkg, documents } = lookup(request, true);
    const bytes = await evidenceReport(pkg, documents, state.history.of(pkg.package_id));
    return sendFile(reply, request, { user, pkg }, `${pkg.package_name} - evidence report.pdf`, bytes);
  });

  app.get<{ Params: Params }>(`${prefix}/documents/:doc/verification`, async (request) => {
    const { pkg } = lookup(request, false);
    const doc = requireDocument(state, pkg, request.params.doc ?? '');
    return verificationEntries(pkg, doc).map((e) => forVersion(e, version));
  });

  app.get<{ Params: Params }>(`${prefix}/verification`, async (request) => {
    const { pkg, documents } = lookup(request, false);
    return documents.flatMap((doc) => verificationEntries(pkg, doc).map((e) => ({ document_id: doc.document_id, ...forVersion(e, version) })));
  });

  const log = (request: FastifyRequest<{ Params: Params }>) => {
    const { pkg, documents } = lookup(request, false);
    return historyEntries(pkg, documents, state.history.of(pkg.package_id));
  };
  if (version === 'v3') app.get<{ Params: Params }>(`${prefix}/log`, async (request) => log(request));
  else {
    app.get<{ Params: Params & { page: string; rpp: string } }>(`${prefix}/log/:page/:rpp`, async (request, reply) => {
      const page = positiveInt(request.params.page);
      const perPage = positiveInt(request.params.rpp);
      const all = log(request);
      return reply.header('x-total-records', String(all.length)).send(all.slice((page - 1) * perPage, page * perPage));
    });
  }
}

// Document reads: details, page images and fields (downloads and verification: routes/downloads.ts).
// A protected package guards its images, but not details or fields.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { positiveInt, requireDocument, requirePackage, requireUser } from '../access';
import { fail, invalid, MESSAGES, noResourceFor } from '../errors';
import { fieldsView } from '../field-views';
import { pageImage, parseImageSize } from '../page-image';
import { requireUnlocked } from '../protection';
import { settleApprovals } from '../remote-approval';
import type { SandboxState } from '../state';
import { documentDetails } from '../views';
import type { ApiVersion } from '../views';

type DocParams = { id: string; doc: string };

/** Registers the document routes under a version prefix. */
export function registerDocumentRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id/documents/:doc`;

  // The caller's package and document, or the matching 401/403/404; due remote approvals settle first.
  const lookup = (request: FastifyRequest, params: DocParams) => {
    const { user } = requireUser(state, request);
    const pkg = requirePackage(state, user, params.id);
    const doc = requireDocument(state, pkg, params.doc);
    settleApprovals(doc, Date.now());
    return { user, pkg, doc };
  };

  app.get<{ Params: DocParams }>(`${prefix}/details`, async (request) => {
    const { pkg, doc } = lookup(request, request.params);
    return documentDetails(pkg, doc);
  });

  app.get<{ Params: DocParams & { page: string; size: string } }>(`${prefix}/images/:page/:size`, async (request, reply) => {
    const { user, pkg, doc } = lookup(request, request.params);
    requireUnlocked(state, request, pkg, user);
    if (!/^\d{1,6}$/.test(request.params.page)) throw invalid();
    const page = Number(request.params.page);
    const size = parseImageSize(request.params.size);
    if (!size) throw invalid();
    if (page < 1 || page > doc.pages) throw fail(404, MESSAGES.pageNotFound);
    return reply
      .type('image/png')
      .header('x-page-width', String(size.width))
      .header('x-page-height', String(size.height))
      .send(pageImage(doc.document_id, page, size.width, size.height));
  });

  app.get<{ Params: DocParams }>(`${prefix}/fields`, async (request) => {
    // Servers that only route the documented per-page path answer ASP.NET's 404 here.
    if (!state.settings.fieldsAllPages) throw noResourceFor(request.url);
    const { pkg, doc } = lookup(request, request.params);
    return fieldsView(pkg, doc, version);
  });

  app.get<{ Params: DocParams & { page: string } }>(`${prefix}/fields/:page`, async (request) => {
    const { pkg, doc } = lookup(request, request.params);
    const page = positiveInt(request.params.page);
    if (page > doc.pages) throw fail(404, MESSAGES.pageNotFound);
    return fieldsView(pkg, doc, version, page);
  });
}

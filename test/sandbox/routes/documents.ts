// Document reads: details, page images, fields, the PDF download and verification.
// A protected package guards its images and download, but not details or fields.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { positiveInt, requireDocument, requirePackage, requireUser } from '../access';
import { formatDate } from '../dates';
import { fail, invalid, MESSAGES, noResourceFor } from '../errors';
import { fieldsView } from '../field-views';
import { SIGNATURE_KINDS } from '../model';
import { pageImage, parseImageSize } from '../page-image';
import { buildPdf } from '../pdf';
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

  app.get<{ Params: DocParams }>(prefix, async (request, reply) => {
    const { user, pkg, doc } = lookup(request, request.params);
    requireUnlocked(state, request, pkg, user);
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${doc.document_name.replace(/"/g, '')}"`)
      .send(buildPdf(doc.document_name.replace(/\.pdf$/i, ''), doc.pages));
  });

  app.get<{ Params: DocParams }>(`${prefix}/verification`, async (request) => {
    const { pkg, doc } = lookup(request, request.params);
    return doc.fields
      .filter((f) => SIGNATURE_KINDS.includes(f.kind) && f.process_status === 'PROCESSED')
      .map((f) => ({
        field_name: f.field_name,
        signer_name: f.processed_by ?? '',
        signature_status: 'VALID',
        signing_time: formatDate(f.processed_on ?? doc.modified_on, pkg.date_style),
        signing_reason: f.signing_reason ?? '',
        subject_dn: `CN=${f.processed_by ?? ''}`,
        issuer_dn: 'CN=SigningHub Sandbox CA, O=Desk Signer',
      }));
  });
}

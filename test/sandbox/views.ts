// JSON shapes exactly as signinghub-api.md describes them, built from the records.
import { formatDate, formatOptionalDate } from './dates';
import { isFormKind } from './model';
import type { DocumentRecord, PackageRecord, User } from './model';
import { isActionable, nextRecipient, openEntriesOf } from './workflow';

/** API version of a route; the field views are where v3 and v4 differ. */
export type { ApiVersion } from './field-views';

/** One item of the package list. */
export function packageSummary(pkg: PackageRecord): Record<string, unknown> {
  const next = nextRecipient(pkg);
  return {
    package_id: pkg.package_id,
    package_name: pkg.package_name,
    package_owner: pkg.owner_email,
    owner_name: pkg.owner_name,
    package_status: pkg.status,
    folder: pkg.folder,
    unread: pkg.unread,
    next_signer: next?.user_name ?? '',
    next_signer_email: next ? [{ user_email: next.user_email, user_name: next.user_name }] : [],
    uploaded_on: formatDate(pkg.uploaded_on, pkg.date_style),
    modified_on: formatDate(pkg.modified_on, pkg.date_style),
  };
}

/** The package members the workflow call repeats (the list item without next_signer_email). */
function packageHeader(pkg: PackageRecord): Record<string, unknown> {
  const summary = packageSummary(pkg);
  delete summary['next_signer_email'];
  return summary;
}

function workflowMode(pkg: PackageRecord): string {
  const ownerSigns = pkg.recipients.some((r) => r.user_email === pkg.owner_email);
  const othersSign = pkg.recipients.some((r) => r.user_email !== pkg.owner_email);
  if (ownerSigns && !othersSign) return 'ONLY_ME';
  return ownerSigns ? 'ME_AND_OTHERS' : 'ONLY_OTHERS';
}

/** A document as listed in the workflow. */
function workflowDocument(pkg: PackageRecord, doc: DocumentRecord): Record<string, unknown> {
  return {
    document_id: doc.document_id,
    document_name: doc.document_name,
    document_type: 'PDF',
    document_order: doc.document_order,
    document_pages: doc.pages,
    document_width: doc.width,
    document_height: doc.height,
    created_on: formatDate(doc.created_on, pkg.date_style),
    modified_on: formatDate(doc.modified_on, pkg.date_style),
  };
}

/** The workflow call's body, from the viewer's point of view (read_only). */
export function workflowView(pkg: PackageRecord, documents: DocumentRecord[], viewer: User): Record<string, unknown> {
  return {
    ...packageHeader(pkg),
    workflow: {
      workflow_type: pkg.workflow_type,
      workflow_mode: workflowMode(pkg),
      continue_on_decline: false,
      workflow_status: pkg.workflowStatus ?? pkg.status,
      read_only: !(isActionable(pkg) && openEntriesOf(pkg, viewer).length > 0),
      message: pkg.message,
    },
    documents: documents.map((d) => workflowDocument(pkg, d)),
    users: pkg.recipients.map((r) => ({
      order: r.order,
      user_name: r.user_name,
      user_email: r.user_email,
      role: r.role,
      process_status: r.process_status,
      processed_on: formatOptionalDate(r.processed_on, pkg.date_style),
      reason: r.reason,
      placeholder: r.placeholder,
      signing_order: r.signing_order,
    })),
  };
}

/** The document details call's body. */
export function documentDetails(pkg: PackageRecord, doc: DocumentRecord): Record<string, unknown> {
  return {
    document_id: doc.document_id,
    document_name: doc.document_name,
    document_type: 'PDF',
    document_pages: doc.pages,
    document_width: doc.width,
    document_height: doc.height,
    uploaded_on: formatDate(doc.created_on, pkg.date_style),
    modified_on: formatDate(doc.modified_on, pkg.date_style),
    form_fields: doc.fields.some((f) => isFormKind(f.kind)),
  };
}

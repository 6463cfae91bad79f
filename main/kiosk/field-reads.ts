// The host's reads behind a hand-over: the package's workflow and one document's fields, fresh from the
// server (a hand-over must see whether the field was signed since the package was opened).
import type { FieldInfo, FieldRef, PackageDetail } from '../../shared/contract.js';
import type { SessionService } from '../session/session-service.js';
import { readDocumentFields } from '../signinghub/document-fields.js';
import { toFieldInfos, toPackageDetail } from '../signinghub/mappers.js';

/** The package's workflow, read again and kept for the session's later calls. */
export async function readWorkflow(session: SessionService, packageId: number): Promise<PackageDetail> {
  const detail = toPackageDetail(await session.api().workflow(packageId));
  session.rememberPackage(detail);
  return detail;
}

/** A document's fields, read again (all pages at once, or page by page where the server needs that). */
export async function readFields(session: SessionService, packageId: number, documentId: number, pages: number): Promise<FieldInfo[]> {
  const body = await readDocumentFields(session.api(), packageId, documentId, { paged: false, pageCount: async () => pages, learned: () => undefined });
  return toFieldInfos(body);
}

/** Whether the field now reads as signed: true, false, or null when it could not be read. */
export async function fieldSigned(session: SessionService, ref: FieldRef, pages: number): Promise<boolean | null> {
  try {
    const fields = await readFields(session, ref.packageId, ref.documentId, pages);
    return fields.find((f) => f.name === ref.fieldName)?.processed ?? null;
  } catch {
    return null;
  }
}

// A signed field's verification, from its document's verification answer (matched by field name).
import { useQuery } from '@tanstack/react-query';
import type { FieldInfo } from '../../../shared/contract';
import type { SignatureVerification } from '../../../shared/evidence-contract';
import { isSignatureKind } from '../../../shared/field-kinds';
import { verificationQuery } from '../api/evidence-queries';
import { usePackageWork } from './package-work-context';

/** The verification of a signed signature field, or null while unknown or for any other field. */
export function useSignatureCheck(documentId: number, field: FieldInfo): SignatureVerification | null {
  const work = usePackageWork();
  const signed = field.processed && isSignatureKind(field.kind);
  const query = useQuery({ ...verificationQuery(work.packageId, documentId), enabled: signed });
  if (!signed || query.data?.ok !== true) return null;
  return query.data.value.find((entry) => entry.fieldName === field.name) ?? null;
}

/** How a field's verification reads, e.g. "Signature valid". */
export function signatureCheckText(check: SignatureVerification): string {
  return check.valid ? 'Signature valid' : 'Signature invalid';
}

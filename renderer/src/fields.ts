// How a document's flat field list is shown: grouped by kind, and which rows offer "Send OTP".
import { FIELD_KINDS } from '../../main/ipc/contract';
import type { FieldInfo, FieldKind } from '../../main/ipc/contract';
import { fieldKindHeading, isSignatureKind } from './format';

/** The fields of one kind, with the heading they are listed under. */
export interface FieldGroup {
  kind: FieldKind;
  heading: string;
  fields: FieldInfo[];
}

/** Groups fields by kind in the contract's kind order, sorted by page; empty kinds are left out. */
export function groupFieldsByKind(fields: readonly FieldInfo[]): FieldGroup[] {
  return FIELD_KINDS.flatMap((kind) => {
    // Array.prototype.sort is stable, so fields on one page keep the server's order.
    const ofKind = fields.filter((field) => field.kind === kind).sort((a, b) => a.page - b.page);
    return ofKind.length === 0 ? [] : [{ kind, heading: fieldKindHeading(kind), fields: ofKind }];
  });
}

/** True when a field still needs signing, so the user may ask for its SMS OTP. */
export function offersOtp(field: Pick<FieldInfo, 'kind' | 'processed'>): boolean {
  return !field.processed && isSignatureKind(field.kind);
}

// How a document's flat field list is shown: grouped by kind, and which rows offer "Send OTP".
import { FIELD_KINDS, isSignatureKind } from '../../../shared/field-kinds';
import type { FieldInfo } from '../../../shared/contract';
import type { FieldKind } from '../../../shared/field-kinds';
import { fieldState, needsOtp } from './field-state';
import { fieldKindHeading } from '../text/format';

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

/**
 * True when a signature field of mine still to sign announces an SMS code, so I may ask for it: my own
 * fields and the in-person fields I host (their order is my host entry's). Someone else's field offers
 * nothing, since SigningHub refuses the call (403). Fields without an SMS code offer Sign; a code the
 * server demands is asked for then. In-person fields offer only "Start in-person signing": their code is the walk-up signer's.
 */
export function offersOtp(field: Pick<FieldInfo, 'kind' | 'processed' | 'otp' | 'order' | 'readOnly'>, mine: ReadonlySet<number>): boolean {
  return fieldState(field, mine) === 'todo' && isSignatureKind(field.kind) && field.kind !== 'in_person_signature' && needsOtp(field);
}

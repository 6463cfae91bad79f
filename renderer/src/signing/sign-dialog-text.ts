// What the sign dialog says about who signs, where, and where the code went. Pure, so unit tests pin the words.
import type { FieldInfo, Recipient } from '../../../shared/contract';
import { maskedNumber } from '../text/masked-number';

/** The field facts the dialog's words need. */
export type SignFieldFacts = Pick<FieldInfo, 'name' | 'kind' | 'order' | 'page' | 'placeholder'>;

const sameEmail = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Who signs the field: an in-person field's signer label (its placeholder, e.g. "Customer"); otherwise my name as
 * the workflow lists me (my recipient entry for the field's order first, as one person may hold several). '' when unknown.
 */
export function signerNameFor(field: Pick<FieldInfo, 'kind' | 'order' | 'placeholder'>, users: readonly Recipient[], email: string): string {
  if (field.kind === 'in_person_signature') return field.placeholder.trim();
  const mine = users.filter((user) => sameEmail(user.email, email));
  const entry = mine.find((user) => user.order === field.order && user.name.trim() !== '') ?? mine.find((user) => user.name.trim() !== '');
  return entry?.name.trim() ?? '';
}

/** The dialog's title: "Sign as Alice Example"; without a name, the field's ("Sign Signature-1"). */
export function signDialogTitle(signerName: string, fieldName: string): string {
  return signerName === '' ? `Sign ${fieldName}` : `Sign as ${signerName}`;
}

/** Where the field is: "Signature on page 2 of Contract.pdf" (page and document left out when unknown). */
export function fieldPlace(field: Pick<FieldInfo, 'kind' | 'page'>, documentName: string): string {
  const noun = field.kind === 'in_person_signature' ? 'In-person signature' : 'Signature';
  const page = field.page > 0 ? ` on page ${field.page}` : '';
  const document = documentName.trim() === '' ? '' : ` ${page === '' ? 'in' : 'of'} ${documentName.trim()}`;
  return `${noun}${page}${document}`;
}

/** Where the texted code went, with the number masked: "We sent a code to +44 •••• ••7890." */
export function codeSentLine(mobileNumber: string, inPerson: boolean): string {
  const masked = maskedNumber(mobileNumber);
  if (masked !== '') return `We sent a code to ${masked}.`;
  return inPerson ? 'We sent a code by SMS.' : 'We sent a code by SMS to the mobile number in your SigningHub profile.';
}

// GET .../documents/{d}/verification: one entry per signature made on the document, from the sandbox's
// own records of who signed what, when, with which reason, location and contact.
// Keys follow signinghub-api.md section 4; v4 adds page_number and error_message. Evidence: the v4
// connector (Azure/Connectors-NodeJS-SDK) attaches a `verification` object to digital, electronic and
// in-person signature fields and points signers to "Get Document Verification" after signing. Electronic
// and in-person signatures use the service plan's shared witness certificate, so their subject is not the signer.
import { formatDate } from './dates';
import type { DocumentRecord, Field, PackageRecord } from './model';
import { SIGNATURE_KINDS } from './model';

const ISSUER = 'CN=SigningHub Sandbox CA, O=Desk Signer Sandbox, C=GB';
const WITNESS = 'CN=SigningHub Sandbox Witness, O=Desk Signer Sandbox, C=GB';
const YEAR = 365 * 24 * 3_600_000;

/** The certificate subject a signature was made with. */
function subjectOf(f: Field): string {
  if (f.kind === 'digital_signature') return `CN=${f.processed_by ?? ''}, O=Desk Signer Sandbox, C=GB`;
  return WITNESS;
}

/** One verification entry in SigningHub's v4 shape (v3 drops page_number and error_message). */
function entryFor(pkg: PackageRecord, f: Field) {
  const at = f.processed_on ?? 0;
  const digital = f.kind === 'digital_signature';
  const date = (ms: number) => formatDate(ms, pkg.date_style);
  return {
    field_name: f.field_name,
    signer_name: f.processed_by ?? '',
    signature_status: f.verificationError ? 'INVALID' : 'VALID',
    signing_reason: f.signing_reason ?? '',
    signing_location: f.signing_location ?? '',
    contact_information: f.contact_information ?? '',
    signing_time: date(at),
    ltv: digital,
    qualified: digital && (f.level_of_assurance ?? []).includes('QUALIFIED_ELECTRONIC_SIGNATURE'),
    certified: false,
    timestamp_at: digital ? date(at + 1_000) : '',
    timestamp_authority: digital ? 'CN=SigningHub Sandbox TSA, O=Desk Signer Sandbox, C=GB' : '',
    subject_dn: subjectOf(f),
    issuer_dn: ISSUER,
    // Certificates were issued a year before the signature and last two years.
    cert_valid_from: date(at - YEAR),
    cert_valid_to: date(at + YEAR),
    signature_type: digital ? 'PADES_PART4' : 'PADES_PART2',
    signature_algorithm: 'SHA256withRSA',
    page_number: f.page_no,
    error_message: f.verificationError ?? '',
  };
}

/** One verification entry. */
export type VerificationEntry = ReturnType<typeof entryFor>;

/** The document's signatures, in field order, as the verification call reports them. */
export function verificationEntries(pkg: PackageRecord, doc: DocumentRecord): VerificationEntry[] {
  return doc.fields
    .filter((f) => SIGNATURE_KINDS.includes(f.kind) && f.process_status === 'PROCESSED')
    .sort((a, b) => a.order - b.order || (a.processed_on ?? 0) - (b.processed_on ?? 0))
    .map((f) => entryFor(pkg, f));
}

/** v3 answers without the v4-only keys. */
export function forVersion(entry: VerificationEntry, version: 'v3' | 'v4'): Partial<VerificationEntry> {
  if (version === 'v4') return entry;
  const { page_number: _page, error_message: _error, ...v3 } = entry;
  return v3;
}

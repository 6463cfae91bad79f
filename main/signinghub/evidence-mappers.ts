// Verification entries and log lines in the contract's shape; dates read in the server's time zone.
import type { z } from 'zod';
import type { HistoryEntry, SignatureVerification } from '../../shared/evidence-contract.js';
import { parseServerDate } from './dates.js';
import type { LogList, VerificationList } from './evidence-schemas.js';

/** The server's verification entries for the renderer. */
export function toVerifications(body: z.output<typeof VerificationList>, serverTimeZone: string): SignatureVerification[] {
  const date = (value: unknown) => parseServerDate(value, serverTimeZone);
  return body.map((v) => ({
    fieldName: v.field_name,
    signerName: v.signer_name,
    status: v.signature_status,
    valid: v.signature_status.toUpperCase() === 'VALID',
    reason: v.signing_reason,
    location: v.signing_location,
    contact: v.contact_information,
    signingTime: date(v.signing_time),
    ltv: v.ltv,
    qualified: v.qualified,
    certified: v.certified,
    timestampAt: date(v.timestamp_at),
    timestampAuthority: v.timestamp_authority,
    subject: v.subject_dn,
    issuer: v.issuer_dn,
    certValidFrom: date(v.cert_valid_from),
    certValidTo: date(v.cert_valid_to),
    signatureType: v.signature_type,
    algorithm: v.signature_algorithm,
    page: v.page_number ?? null,
    errorMessage: v.error_message,
  }));
}

/** The package log for the renderer. */
export function toHistoryEntries(body: z.output<typeof LogList>, serverTimeZone: string): HistoryEntry[] {
  return body.map((e) => ({ at: parseServerDate(e.at, serverTimeZone), who: e.who, email: e.email, action: e.action, information: e.information }));
}

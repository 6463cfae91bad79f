// Answers of the verification and package log calls: tolerant, like schemas.ts.
// The log's entry keys are unsure (no public example); several spellings are read.
import { z } from 'zod';
import { flag, text } from './schemas.js';

const date = z.unknown().optional();
const optionalNumber = z.coerce.number().int().nullish().catch(null);

/** One entry of `GET .../documents/{d}/verification` (v4 adds page_number and error_message). */
export const VerificationItem = z.object({
  field_name: text,
  signer_name: text,
  signature_status: text,
  signing_reason: text,
  signing_location: text,
  contact_information: text,
  signing_time: date,
  ltv: flag,
  qualified: flag,
  certified: flag,
  timestamp_at: date,
  timestamp_authority: text,
  subject_dn: text,
  issuer_dn: text,
  cert_valid_from: date,
  cert_valid_to: date,
  signature_type: text,
  signature_algorithm: text,
  page_number: optionalNumber,
  error_message: text,
});

/** The verification answer: one entry per signature. */
export const VerificationList = z.array(VerificationItem);

/** One entry of the package log, whichever of the known spellings the server uses. */
export const LogItem = z
  .object({
    action_type: text,
    action: text,
    action_date: date,
    date_time: date,
    created_on: date,
    user_name: text,
    user_email: text,
    information: text,
    details: text,
  })
  .transform((v) => ({
    action: v.action_type || v.action,
    at: v.action_date ?? v.date_time ?? v.created_on,
    who: v.user_name,
    email: v.user_email,
    information: v.information || v.details,
  }));

/** The package log answer. */
export const LogList = z.array(LogItem);

// What each sign and initials call recorded, read by tests through GET /_sandbox/signatures.

/** One completed (or remotely pending) sign or initials call, as the server understood it. */
export interface SigningRecord {
  package_id: number;
  document_id: number;
  field_name: string;
  /** The field kind: digital_signature, electronic_signature, in_person_signature or initials. */
  method: string;
  /** Account name of the caller (the host, for in-person signing). */
  signed_by: string;
  /** The in-person signer's name from the body; null for other kinds. */
  user_name: string | null;
  has_image: boolean;
  signing_reason: string | null;
  signing_location: string | null;
  contact_information: string | null;
  appearance_design: string | null;
  /** True when the field needed a code (SMS or authenticator app) and the right one came in x-otp. */
  otp_checked: boolean;
  /** What the call answered: SIGNED, or PENDING for a remote approval. */
  status: 'SIGNED' | 'PENDING';
  at: string;
}

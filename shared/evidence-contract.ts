// What the renderer learns about saved files, signature verification and package history. Pure types.
import type { ApiError } from './contract.js';

/** One signature on a document as the server verified it. */
export interface SignatureVerification {
  fieldName: string;
  signerName: string;
  /** SigningHub's `signature_status`, verbatim (VALID or INVALID). */
  status: string;
  /** True only for VALID. */
  valid: boolean;
  reason: string;
  location: string;
  contact: string;
  /** ISO 8601 (zone-less server times read in the server time zone), or null when unreadable. */
  signingTime: string | null;
  ltv: boolean;
  qualified: boolean;
  certified: boolean;
  timestampAt: string | null;
  timestampAuthority: string;
  subject: string;
  issuer: string;
  certValidFrom: string | null;
  certValidTo: string | null;
  signatureType: string;
  algorithm: string;
  /** v4 only; null on v3. */
  page: number | null;
  /** v4's `error_message`, verbatim (the renderer shows it as the server's words); '' when none. */
  errorMessage: string;
}

/** One line of a package's history: when, who, what. */
export interface HistoryEntry {
  at: string | null;
  who: string;
  email: string;
  /** SigningHub's action key (e.g. DOCUMENT_SIGNED). */
  action: string;
  information: string;
}

/** A page of history; v3 answers everything at once (`total` is the length). */
export interface HistoryPage {
  items: HistoryEntry[];
  page: number;
  pageSize: number;
  total: number;
}

/** What to save: one document, the whole package (a PDF, or a ZIP of several), or the evidence report. */
export type SaveTarget =
  { kind: 'document'; packageId: number; documentId: number } | { kind: 'package'; packageId: number } | { kind: 'report'; packageId: number };

/** States of a save in progress. */
export type DownloadState = 'running' | 'done' | 'failed' | 'cancelled';

/** A save as the renderer sees it: never its path, only its name. */
export interface DownloadProgress {
  downloadId: string;
  state: DownloadState;
  fileName: string;
  received: number;
  /** From Content-Length; null when the server sent none. */
  total: number | null;
  /** Why it failed or stopped. */
  error?: ApiError;
  /** Grows with each change; pass it back as `after` to wait for the next one. */
  version: number;
}

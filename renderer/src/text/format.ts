// Display labels for statuses, dates, field kinds and pages. Pure, so unit tests can pin them.
import { PACKAGE_STATUSES } from '../../../shared/contract';
import { isInfoKind, isSignatureKind } from '../../../shared/field-kinds';
import type { FieldInfo, PackageStatusFilter } from '../../../shared/contract';
import type { FieldKind } from '../../../shared/field-kinds';

const FILTER_LABELS: Record<PackageStatusFilter, string> = {
  ALL: 'All',
  PENDING: 'Pending',
  INPROGRESS: 'In progress',
  SIGNED: 'Signed',
  DECLINED: 'Declined',
  DRAFT: 'Draft',
  COMPLETED: 'Completed',
};

/** The default package filter: what is waiting for the user. */
export const DEFAULT_STATUS_FILTER: PackageStatusFilter = 'PENDING';

/** The Status filter's options in menu order: the default first, then the contract's order. */
export const STATUS_FILTER_OPTIONS: readonly PackageStatusFilter[] = [
  DEFAULT_STATUS_FILTER,
  ...PACKAGE_STATUSES.filter((status) => status !== DEFAULT_STATUS_FILTER),
];

/** The label of a package status filter, e.g. "In progress". */
export function statusFilterLabel(status: PackageStatusFilter): string {
  return FILTER_LABELS[status];
}

/** True when a string is one of the contract's status filters (e.g. a <select> value). */
export function isStatusFilter(value: string): value is PackageStatusFilter {
  return (PACKAGE_STATUSES as readonly string[]).includes(value);
}

// Server statuses seen on packages and recipients; anything else is humanized.
const STATUS_LABELS: Record<string, string> = {
  INPROGRESS: 'In progress',
  IN_PROGRESS: 'In progress',
  // Spelled so in the v4 guide's workflow_status.
  IN_PRGORESS: 'In progress',
  UN_PROCESSED: 'Waiting',
  UNPROCESSED: 'Waiting',
};

/** Any raw server value as words, e.g. "ELECTRONIC_SEAL" as "Electronic seal"; "Unknown" when blank. */
export function humanize(raw: string): string {
  const words = raw
    .trim()
    .replace(/[_\s]+/g, ' ')
    .toLowerCase();
  return words === '' ? 'Unknown' : words.charAt(0).toUpperCase() + words.slice(1);
}

/** A readable label for a raw server status such as "INPROGRESS" or "UN_PROCESSED"; unknown ones ("SHARED") as words. */
export function statusLabel(raw: string): string {
  return STATUS_LABELS[raw.trim().toUpperCase()] ?? humanize(raw);
}

/** Formats an ISO date for display, or returns null when it is missing or unreadable. */
export function formatDateTime(iso: string | null, locale?: string, timeZone?: string): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const KIND_HEADINGS: Record<FieldKind, string> = {
  digital_signature: 'Digital signatures',
  hand_signature: 'Hand signatures',
  electronic_signature: 'Electronic signatures',
  in_person_signature: 'In-person signatures',
  initials: 'Initials',
  text: 'Text fields',
  radio: 'Radio buttons',
  checkbox: 'Checkboxes',
  dropdown: 'Dropdowns',
  listbox: 'List boxes',
  qrcode: 'QR codes',
  attachment: 'Attachments',
  comment: 'Comments',
  unique_identifier: 'Unique identifiers',
};

/** The heading for a group of fields of one kind, e.g. "Digital signatures". */
export function fieldKindHeading(kind: FieldKind): string {
  return KIND_HEADINGS[kind];
}

/** A field's progress: "Signed" or "Done" once processed, "To do" before; "View only" for read-only fields and kinds Desk Signer only shows. */
export function fieldStatusLabel(field: Pick<FieldInfo, 'kind' | 'processed' | 'readOnly'>): string {
  if (!field.processed) return field.readOnly || isInfoKind(field.kind) ? 'View only' : 'To do';
  return isSignatureKind(field.kind) ? 'Signed' : 'Done';
}

/** The page a field sits on, e.g. "Page 3". */
export function pageLabel(page: number): string {
  return `Page ${page}`;
}

/** A document's length, e.g. "1 page" or "12 pages". */
export function pageCountLabel(pages: number): string {
  return pages === 1 ? '1 page' : `${pages} pages`;
}

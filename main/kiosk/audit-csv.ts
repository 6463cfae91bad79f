// The audit record as CSV, for the host's export: written to a temp file beside the target and renamed
// into place, so a failed export never leaves half a file under the chosen name.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import type { Desktop } from '../desktop.js';
import type { AuditEntry, AuditLog } from './audit-log.js';

const COLUMNS: { key: keyof AuditEntry; header: string }[] = [
  { key: 'time', header: 'Time' },
  { key: 'serverUrl', header: 'Server' },
  { key: 'packageId', header: 'Package ID' },
  { key: 'packageName', header: 'Package' },
  { key: 'documentId', header: 'Document ID' },
  { key: 'fieldName', header: 'Field' },
  { key: 'outcome', header: 'Outcome' },
];

/** The entries as CSV text with a header row; cells that a spreadsheet would run as formulas are escaped. */
export function auditCsv(entries: readonly AuditEntry[]): string {
  return stringify(
    entries.map((entry) => ({ ...entry })),
    { header: true, columns: COLUMNS, escape_formulas: true },
  );
}

/** The suggested file name for an export on `date`. */
export function auditFileName(date: Date): string {
  return `desk-signer-audit-${date.toISOString().slice(0, 10)}.csv`;
}

/** Writes the CSV to `path` atomically: a temp file first, then a rename. */
export async function writeAuditCsv(path: string, entries: readonly AuditEntry[]): Promise<void> {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, auditCsv(entries), { encoding: 'utf8', flush: true });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Asks where to save, then writes the whole record there; null when the host cancelled. */
export async function exportAuditCsv(desktop: Desktop, log: AuditLog, now: Date): Promise<{ path: string } | null> {
  const path = await desktop.chooseSavePath(auditFileName(now), [{ name: 'CSV', extensions: ['csv'] }]);
  if (path === null) return null;
  await writeAuditCsv(path, await log.read());
  return { path };
}

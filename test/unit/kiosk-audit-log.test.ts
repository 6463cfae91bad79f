import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditLog, auditLogPath, type AuditEntry } from '../../main/kiosk/audit-log.js';
import { auditCsv, auditFileName, exportAuditCsv, writeAuditCsv } from '../../main/kiosk/audit-csv.js';
import { TestDesktop } from '../support/test-desktop.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-signer-audit-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const entry = (outcome: AuditEntry['outcome'], packageName = 'Kiosk - account opening'): AuditEntry => ({
  time: '2026-01-15T09:00:00.000Z',
  serverUrl: 'https://api.signinghub.com',
  packageId: 103,
  packageName,
  documentId: 1031,
  fieldName: 'Customer-Signature',
  outcome,
});

describe('the audit log', () => {
  it('lives under <userData>/audit/in-person.jsonl and appends one JSON line per entry', async () => {
    const log = new AuditLog(auditLogPath(dir));
    expect(log.path).toBe(join(dir, 'audit', 'in-person.jsonl'));
    expect(await log.read()).toEqual([]);
    await log.append(entry('signed'));
    await log.append(entry('declined'));
    const lines = (await readFile(log.path, 'utf8')).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!)).toEqual(entry('signed'));
    expect((await log.read()).map((e) => e.outcome)).toEqual(['signed', 'declined']);
  });

  it('skips a line torn by a crash mid-write, keeps the entries before it, and starts the next entry on a fresh line', async () => {
    const log = new AuditLog(auditLogPath(dir));
    await log.append(entry('signed'));
    await log.append(entry('declined'));
    // A crash in the middle of the third write leaves half a line with no newline.
    await appendFile(log.path, JSON.stringify(entry('timed_out')).slice(0, 40));
    expect((await log.read()).map((e) => e.outcome)).toEqual(['signed', 'declined']);
    await log.append(entry('timed_out'));
    expect((await log.read()).map((e) => e.outcome)).toEqual(['signed', 'declined', 'timed_out']);
  });

  it('refuses an entry with anything more than the record holds, such as a name', async () => {
    const log = new AuditLog(auditLogPath(dir));
    await expect(log.append({ ...entry('signed'), signerName: 'Ann Walker' } as AuditEntry)).rejects.toThrow();
    await log.append(entry('signed'));
    expect(await readFile(log.path, 'utf8')).not.toContain('Ann Walker');
  });

  it('reads lines of another shape as nothing, not as a crash', async () => {
    const log = new AuditLog(auditLogPath(dir));
    await log.append(entry('signed'));
    await appendFile(log.path, '{"time":1}\nnot json\n');
    expect(await log.read()).toEqual([entry('signed')]);
  });
});

describe('the CSV export', () => {
  it('writes a header row and one row per entry, with cells a spreadsheet would run escaped', async () => {
    const csv = auditCsv([entry('signed'), entry('declined', '=HYPERLINK("https://evil.example")')]);
    expect(csv.split('\n')).toEqual([
      'Time,Server,Package ID,Package,Document ID,Field,Outcome',
      '2026-01-15T09:00:00.000Z,https://api.signinghub.com,103,Kiosk - account opening,1031,Customer-Signature,signed',
      // A formula is turned into text (a leading quote), and its quotes doubled by CSV's own rule.
      `2026-01-15T09:00:00.000Z,https://api.signinghub.com,103,"'=HYPERLINK(""https://evil.example"")",1031,Customer-Signature,declined`,
      '',
    ]);
  });

  it('writes through a temp file renamed into place, replacing an older file whole', async () => {
    const path = join(dir, 'audit.csv');
    await writeFile(path, 'old contents that are longer than the new ones '.repeat(100));
    await writeAuditCsv(path, [entry('signed')]);
    expect(await readFile(path, 'utf8')).toBe(auditCsv([entry('signed')]));
    expect(await readdir(dir)).toEqual(['audit.csv']);
  });

  it('asks where to save under a dated CSV name, and writes nothing when the host cancels', async () => {
    const log = new AuditLog(auditLogPath(dir));
    await log.append(entry('signed'));
    const desktop = new TestDesktop();
    const when = new Date('2026-01-15T09:00:00Z');
    expect(await exportAuditCsv(desktop, log, when)).toBeNull();
    expect(desktop.saveRequests).toEqual([{ suggestedName: 'desk-signer-audit-2026-01-15.csv', filters: [{ name: 'CSV', extensions: ['csv'] }] }]);
    expect(auditFileName(when)).toBe('desk-signer-audit-2026-01-15.csv');
    desktop.savePath = join(dir, 'export.csv');
    expect(await exportAuditCsv(desktop, log, when)).toEqual({ path: desktop.savePath });
    expect(await readFile(desktop.savePath, 'utf8')).toBe(auditCsv([entry('signed')]));
  });
});

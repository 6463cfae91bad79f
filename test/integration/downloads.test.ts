// Saving files through the composed main process against the sandbox: bytes straight to disk, no
// partial files, no retries once bytes arrived, protected packages, cancels and the draft refusal.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DownloadProgress } from '../../shared/evidence-contract.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { FIXTURES } from '../sandbox/seed.js';
import { folderDesktop, type FolderDesktop } from '../support/folder-desktop.js';
import { createMainHarness, failureOf, type MainHarness } from '../support/main-harness.js';
import { addFault, expireTokens, requestLog, resetSandbox, sandboxDownloads } from '../support/sandbox-control.js';

const lease = FIXTURES.signedLease;
let sandbox: Sandbox;
let main: MainHarness;
let folder: string;
let desktop: FolderDesktop;

/** Follows a save until it ends. */
async function settle(downloadId: string): Promise<DownloadProgress> {
  let progress = await main.table.getDownload({ downloadId });
  while (progress.state === 'running') progress = await main.table.getDownload({ downloadId, after: progress.version });
  return progress;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  sandbox = await startSandbox({ packages: 5 });
});
afterAll(async () => sandbox.close());
beforeEach(async () => {
  await resetSandbox(sandbox.url);
  folder = await mkdtemp(join(tmpdir(), 'desk-signer-saves-'));
  desktop = folderDesktop(folder);
  main = await createMainHarness(sandbox.url, undefined, { desktop });
  await main.signIn();
});
afterEach(async () => {
  await main.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe('saving files', () => {
  it('saves a document under its Content-Disposition name with the bytes the server sent, and remembers the folder', async () => {
    await main.table.getPackage({ packageId: lease.packageId });
    const started = await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId });
    expect(started?.fileName).toBe(lease.documentName);
    const done = await settle(started?.downloadId ?? '');
    expect(done).toMatchObject({ state: 'done', fileName: lease.documentName });
    expect(done.received).toBe(done.total);
    const bytes = await readFile(join(folder, lease.documentName));
    const [served] = await sandboxDownloads(sandbox.url);
    expect(sha256(bytes)).toBe(served?.sha256);
    expect(await readdir(folder)).toEqual([lease.documentName]);
    await main.table.startDownload({ kind: 'report', packageId: lease.packageId });
    expect(desktop.asked[1]?.suggested).toBe(join(folder, 'Lease renewal (verification) - evidence report.pdf'));
    expect(desktop.asked[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('saves a package of several documents as a ZIP of their PDFs', async () => {
    const started = await main.table.startDownload({ kind: 'package', packageId: lease.packageId });
    expect(started?.fileName).toBe('Lease renewal (verification).zip');
    expect((await settle(started?.downloadId ?? '')).state).toBe('done');
    const files = unzipSync(new Uint8Array(await readFile(join(folder, 'Lease renewal (verification).zip'))));
    expect(Object.keys(files)).toEqual([lease.documentName, lease.rulesDocumentName]);
  });

  it('renews an expired token once before any byte arrives, then saves', async () => {
    // Opened first, so the download is the first call to meet the expired token.
    await main.table.getPackage({ packageId: lease.packageId });
    await expireTokens(sandbox.url);
    const started = await main.table.startDownload({ kind: 'report', packageId: lease.packageId });
    expect((await settle(started?.downloadId ?? '')).state).toBe('done');
    const reports = (await requestLog(sandbox.url)).filter((e) => e.path.endsWith('/report'));
    expect(reports.map((e) => e.status)).toEqual([401, 200]);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    desktop.cancelNext = true;
    expect(await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId })).toBeNull();
    expect(await readdir(folder)).toEqual([]);
  });

  it('leaves no file, asks only once and says so when the connection drops halfway', async () => {
    await addFault(sandbox.url, { path: `/documents/${lease.documentId}$`, dropMidBody: true });
    const started = await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId });
    const ended = await settle(started?.downloadId ?? '');
    expect(ended.state).toBe('failed');
    expect(ended.error).toEqual({
      kind: 'network',
      message: `The connection to the server was lost while saving "${lease.documentName}". Nothing was saved; please try again.`,
    });
    expect(await readdir(folder)).toEqual([]);
    const gets = (await requestLog(sandbox.url)).filter((e) => e.path.endsWith(`/documents/${lease.documentId}`));
    expect(gets).toHaveLength(1);
  });

  it('fails cleanly when the connection drops while the save dialog is still open', async () => {
    await addFault(sandbox.url, { path: `/documents/${lease.documentId}$`, dropMidBody: true });
    desktop.dialogMs = 300;
    const started = await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId });
    expect((await settle(started?.downloadId ?? '')).error?.kind).toBe('network');
    expect(await readdir(folder)).toEqual([]);
  });

  it('stops a slow save on Cancel and removes its temporary file', async () => {
    await addFault(sandbox.url, { path: `/documents/${lease.documentId}$`, stallMidBodyMs: 5_000 });
    const started = await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId });
    const id = started?.downloadId ?? '';
    await main.table.cancelDownload({ downloadId: id });
    expect((await settle(id)).state).toBe('cancelled');
    expect(await readdir(folder)).toEqual([]);
    expect(await failureOf(main.table.openDownload({ downloadId: id }))).toMatchObject({ kind: 'not_found' });
  });

  it('sends the password of a protected package, as page images do', async () => {
    const p = FIXTURES.passwordProtected;
    expect(await failureOf(main.table.startDownload({ kind: 'document', packageId: p.packageId, documentId: p.documentId }))).toMatchObject({
      status: 403,
      code: 'password_required',
    });
    await main.table.getPackage({ packageId: p.packageId, password: p.password });
    const started = await main.table.startDownload({ kind: 'document', packageId: p.packageId, documentId: p.documentId });
    expect((await settle(started?.downloadId ?? '')).state).toBe('done');
    expect(await readdir(folder)).toEqual([p.documentName]);
  });

  it("shows the server's draft-mode refusal word for word", async () => {
    const { items } = await main.table.listPackages({ status: 'DRAFT', page: 1, pageSize: 1 });
    const draft = items[0]?.id ?? 0;
    expect(await failureOf(main.table.startDownload({ kind: 'package', packageId: draft }))).toEqual({
      kind: 'invalid_input',
      status: 400,
      message: 'Downloading document is not allowed in draft mode',
    });
  });

  it('opens only a finished save, by its id, at the path main wrote', async () => {
    const started = await main.table.startDownload({ kind: 'document', packageId: lease.packageId, documentId: lease.documentId });
    await settle(started?.downloadId ?? '');
    await main.table.openDownload({ downloadId: started?.downloadId ?? '' });
    expect(desktop.opened).toEqual([join(folder, lease.documentName)]);
    expect(await failureOf(main.table.openDownload({ downloadId: '0b6f3f3e-4a8c-4b7e-9a59-2f1f5d1c3e7a' }))).toMatchObject({ kind: 'not_found' });
  });
});

describe('verification and history', () => {
  it('maps the verification entries, VALID and INVALID, and the paged history', async () => {
    const before = await main.table.getVerification({ packageId: lease.packageId, documentId: lease.documentId });
    expect(before).toEqual([expect.objectContaining({ fieldName: lease.priyaFieldName, status: 'INVALID', valid: false, signerName: 'Priya Shah' })]);
    expect(before[0]?.signingTime).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const history = await main.table.getPackageHistory({ packageId: lease.packageId, page: 1, pageSize: 20 });
    expect(history.total).toBe(3);
    expect(history.items.map((h) => h.action)).toEqual(['DOCUMENT_UPLOADED', 'DOCUMENT_SHARED', 'DOCUMENT_SIGNED']);
  });
});

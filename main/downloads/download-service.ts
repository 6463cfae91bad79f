// Saving documents, packages and evidence reports: the bytes go from got straight to a file in the
// folder the user chose (never through the renderer), progress is long-polled, and "Open" opens only
// a file this service wrote.
import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { ApiError, PackageDetail } from '../../shared/contract.js';
import type { SaveTarget } from '../../shared/evidence-contract.js';
import type { SettingsFile } from '../config/settings-file.js';
import type { Desktop, SaveFilter } from '../desktop.js';
import type { SessionService } from '../session/session-service.js';
import { ApiFailure } from '../signinghub/api-failure.js';
import { toPackageDetail } from '../signinghub/mappers.js';
import { writeAtomically } from './atomic-file.js';
import { DownloadRegistry } from './download-registry.js';
import { dispositionFileName, safeFileName } from './file-name.js';
import { checkSavePath } from './save-path.js';

const PDF: SaveFilter = { name: 'PDF document', extensions: ['pdf'] };
const ZIP: SaveFilter = { name: 'ZIP archive', extensions: ['zip'] };

/** What the service needs: the session (API and protected-package access), the host's dialogs and the settings. */
export interface DownloadDeps {
  session: SessionService;
  desktop: Desktop | undefined;
  settings: SettingsFile;
}

/** The API path of a target and the name to fall back on when the server gives none. */
function describe(target: SaveTarget, detail: PackageDetail): { path: string; fallback: string; several: boolean } {
  const base = `packages/${target.packageId}`;
  if (target.kind === 'report') return { path: `${base}/report`, fallback: `${detail.name} - evidence report.pdf`, several: false };
  if (target.kind === 'document') {
    const name = detail.documents.find((d) => d.id === target.documentId)?.name ?? 'document';
    return { path: `${base}/documents/${target.documentId}`, fallback: name, several: false };
  }
  const [only, ...others] = detail.documents;
  return { path: base, fallback: others.length === 0 && only ? only.name : `${detail.name}.zip`, several: others.length > 0 };
}

/** The failure a save ends with, in words the signer can act on: the disk's fault, or the connection's. */
function failureOf(error: unknown, fileName: string): ApiError {
  // Node's file-system errors name the call that failed; anything else broke the body on its way in.
  const fsError = error as { syscall?: unknown; code?: unknown };
  if (typeof fsError.syscall === 'string' && typeof fsError.code === 'string' && 'path' in (error as object)) {
    return { kind: 'server', message: `Desk Signer could not write "${fileName}" (${fsError.code}). Nothing was saved.` };
  }
  return { kind: 'network', message: `The connection to the server was lost while saving "${fileName}". Nothing was saved; please try again.` };
}

/** Starts, follows, cancels and opens saves. */
export class DownloadService {
  private readonly registry = new DownloadRegistry();

  constructor(private readonly deps: DownloadDeps) {}

  /**
   * Asks the server for the file, then (with its name from Content-Disposition) where to save it, and
   * starts writing. Resolves to the save's id and file name, or null when the user cancelled the dialog.
   */
  async start(target: SaveTarget): Promise<{ downloadId: string; fileName: string } | null> {
    const { session, desktop, settings } = this.deps;
    if (!desktop) throw new ApiFailure({ kind: 'server', message: 'Saving files is not available in this window.' });
    const api = session.api();
    const detail = session.knownPackage(target.packageId) ?? toPackageDetail(await api.workflow(target.packageId));
    const { path, fallback, several } = describe(target, detail);
    const opened = await api.download(path, session.documentAccess(target.packageId));
    const offered = dispositionFileName(opened.headers['content-disposition']) ?? fallback;
    const zip = target.kind === 'package' && (several || /\.zip$/i.test(offered));
    const name = safeFileName(offered, safeFileName(fallback, 'document'), zip ? '.zip' : '.pdf');
    const lastFolder = (await settings.read()).lastSaveFolder;
    let chosen: string | null;
    try {
      chosen = await desktop.chooseSavePath(lastFolder ? join(lastFolder, name) : name, [zip ? ZIP : PDF]);
      if (chosen !== null) chosen = await checkSavePath(chosen);
    } catch (error) {
      opened.body.destroy();
      throw error;
    }
    if (chosen === null) {
      opened.body.destroy();
      return null;
    }
    await settings.update({ lastSaveFolder: dirname(chosen) });
    const downloadId = randomUUID();
    const fileName = basename(chosen);
    const abort = new AbortController();
    this.registry.add({ downloadId, state: 'running', fileName, received: 0, total: opened.size, version: 1, path: chosen, abort });
    writeAtomically(opened.body, chosen, { signal: abort.signal, expected: opened.size, onBytes: (n) => this.registry.progress(downloadId, n) }).then(
      () => this.registry.finish(downloadId, 'done'),
      (error: unknown) => {
        if (abort.signal.aborted) this.registry.finish(downloadId, 'cancelled');
        else this.registry.finish(downloadId, 'failed', failureOf(error, fileName));
      },
    );
    return { downloadId, fileName };
  }

  /** A save's progress; with `after`, waits (briefly) until it changes past that version. */
  async progress(downloadId: string, after?: number) {
    const entry = await this.registry.wait(downloadId, after);
    if (!entry) throw unknownSave();
    return entry;
  }

  /** Cancels a running save; its temporary file is removed. A finished save is left as it is. */
  cancel(downloadId: string): void {
    const entry = this.registry.get(downloadId);
    if (!entry) throw unknownSave();
    if (entry.state === 'running') entry.abort.abort();
  }

  /** Opens a finished save in the system's viewer: only a file this service wrote, named by its id. */
  async open(downloadId: string): Promise<void> {
    const entry = this.registry.get(downloadId);
    if (!entry || entry.state !== 'done') throw unknownSave();
    const problem = await this.deps.desktop?.openPath(entry.path);
    if (problem) throw new ApiFailure({ kind: 'server', message: `The file could not be opened: ${problem}` });
  }
}

/** The failure for an id that names no save (or none that finished). */
function unknownSave(): ApiFailure {
  return new ApiFailure({ kind: 'not_found', message: 'Desk Signer has no saved file with that id.' });
}

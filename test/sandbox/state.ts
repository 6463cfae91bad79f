// Everything a running sandbox remembers, in memory, until reset or shutdown.
import { DownloadLog } from './download-log';
import { FaultList } from './faults';
import { HistoryLog } from './history-log';
import type { DocumentRecord, PackageRecord, User } from './model';
import { OtpStore } from './otp-store';
import { RequestLog } from './request-log';
import { buildSeed } from './seed';
import { DEFAULT_SETTINGS } from './settings';
import type { SandboxSettings } from './settings';
import type { SigningRecord } from './signing-records';
import { TokenStore } from './tokens';

/** List order: newest change first, then the higher id. */
const newestFirst = (a: PackageRecord, b: PackageRecord): number => b.modified_on - a.modified_on || b.package_id - a.package_id;

/** The mutable state behind one sandbox. */
export class SandboxState {
  users = new Map<string, User>();
  packages = new Map<number, PackageRecord>();
  /** Every package in list order, sorted once at reset and kept sorted by touch(). */
  byNewest: PackageRecord[] = [];
  /** Current settings; reset() restores the ones the sandbox started with. */
  settings: SandboxSettings;
  /** Sign and initials calls, oldest first. */
  readonly signatures: SigningRecord[] = [];
  readonly tokens: TokenStore;
  readonly otp = new OtpStore();
  readonly log = new RequestLog();
  readonly faults = new FaultList();
  /** Package history events added since the seed (signatures, downloads). */
  readonly history = new HistoryLog();
  /** What each download answered, so tests can compare the bytes a client saved. */
  readonly downloads = new DownloadLog();

  constructor(
    private readonly generatedPackages: number,
    tokenLifetimeSeconds: number,
    private readonly startSettings: SandboxSettings = DEFAULT_SETTINGS,
  ) {
    this.tokens = new TokenStore(tokenLifetimeSeconds);
    this.settings = { ...startSettings };
    this.reset();
  }

  /** Back to the seed: data, settings, outbox, OTP codes, signatures, log and faults. Issued tokens stay valid. */
  reset(): void {
    const seed = buildSeed(this.generatedPackages);
    this.users = seed.users;
    this.packages = seed.packages;
    this.byNewest = [...seed.packages.values()].sort(newestFirst);
    this.settings = { ...this.startSettings };
    this.signatures.length = 0;
    this.otp.clear();
    this.log.clear();
    this.faults.clear();
    this.history.clear();
    this.downloads.clear();
  }

  /** Records a change now and moves the package to its new place in the list (SigningHub lists changed packages first). */
  touch(pkg: PackageRecord, now = Date.now()): void {
    const from = this.byNewest.indexOf(pkg);
    if (from >= 0) this.byNewest.splice(from, 1);
    pkg.modified_on = now;
    // Binary search for the first package that sorts after this one.
    let lo = 0;
    let hi = this.byNewest.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (newestFirst(this.byNewest[mid] as PackageRecord, pkg) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.byNewest.splice(lo, 0, pkg);
  }

  /** A package's documents, built on first use. */
  documentsOf(pkg: PackageRecord): DocumentRecord[] {
    if (pkg.documents === null) {
      pkg.documents = pkg.buildDocuments ? pkg.buildDocuments() : [];
      pkg.buildDocuments = null;
    }
    return pkg.documents;
  }

  /** True when the user owns the package or is one of its recipients. */
  canSee(pkg: PackageRecord, email: string): boolean {
    return pkg.owner_email === email || pkg.recipients.some((r) => r.user_email === email);
  }
}

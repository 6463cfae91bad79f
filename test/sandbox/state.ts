// Everything a running sandbox remembers, in memory, until reset or shutdown.
import { FaultList } from './faults';
import type { DocumentRecord, PackageRecord, User } from './model';
import { OtpStore } from './otp-store';
import { RequestLog } from './request-log';
import { buildSeed } from './seed';
import { TokenStore } from './tokens';

/** The mutable state behind one sandbox. */
export class SandboxState {
  users = new Map<string, User>();
  packages = new Map<number, PackageRecord>();
  readonly tokens: TokenStore;
  readonly otp = new OtpStore();
  readonly log = new RequestLog();
  readonly faults = new FaultList();

  constructor(
    private readonly generatedPackages: number,
    tokenLifetimeSeconds: number,
  ) {
    this.tokens = new TokenStore(tokenLifetimeSeconds);
    this.reset();
  }

  /** Back to the seed: data, outbox, OTP codes, log and faults. Issued tokens stay valid. */
  reset(): void {
    const seed = buildSeed(this.generatedPackages);
    this.users = seed.users;
    this.packages = seed.packages;
    this.otp.clear();
    this.log.clear();
    this.faults.clear();
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

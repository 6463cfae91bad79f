// The package log ("history"): GET /v3/packages/{p}/log, and /v4/packages/{p}/log/{page_no}/{records_per_page}.
// Unsure: the API guide names the calls but the public evidence shows no answer body. The sandbox answers
// an array of flat entries (`log_id, action_type, action_date, user_name, user_email, information`),
// oldest first, and v4 adds `x-total-records` as the package list does; clients should stay tolerant.
import { formatDate } from './dates';
import type { DocumentRecord, PackageRecord, Recipient } from './model';

/** One thing that happened to a package. */
export interface HistoryEvent {
  at: number;
  /** Name of who did it. */
  by: string;
  email: string;
  /** SigningHub-style action key, e.g. DOCUMENT_SIGNED. */
  type: string;
  information: string;
}

/** Events added while the sandbox runs (signatures, downloads), per package. */
export class HistoryLog {
  private readonly events = new Map<number, HistoryEvent[]>();

  /** Records an event for a package. */
  add(packageId: number, event: HistoryEvent): void {
    const list = this.events.get(packageId) ?? [];
    list.push(event);
    this.events.set(packageId, list);
  }

  /** The events added for a package, oldest first. */
  of(packageId: number): readonly HistoryEvent[] {
    return this.events.get(packageId) ?? [];
  }

  /** Forgets every added event. */
  clear(): void {
    this.events.clear();
  }
}

const ROLE_ACTION: Partial<Record<Recipient['role'], string>> = {
  SIGNER: 'DOCUMENT_SIGNED',
  REVIEWER: 'DOCUMENT_REVIEWED',
  EDITOR: 'DOCUMENT_EDITED',
  INPERSON_HOST: 'DOCUMENT_SIGNED',
  ELECTRONIC_SEAL: 'DOCUMENT_SEALED',
};

/** The seeded part of a package's history: upload, share and what each recipient has finished. */
function seededEvents(pkg: PackageRecord, documents: readonly DocumentRecord[]): HistoryEvent[] {
  const owner = { by: pkg.owner_name, email: pkg.owner_email };
  const names = documents.map((d) => d.document_name).join(', ');
  const events: HistoryEvent[] = [{ at: pkg.uploaded_on, ...owner, type: 'DOCUMENT_UPLOADED', information: names }];
  if (pkg.status !== 'DRAFT') events.push({ at: pkg.uploaded_on + 60_000, ...owner, type: 'DOCUMENT_SHARED', information: pkg.package_name });
  for (const r of pkg.recipients) {
    const type = ROLE_ACTION[r.role];
    if (r.processed_on !== null && type) events.push({ at: r.processed_on, by: r.user_name, email: r.user_email, type, information: pkg.package_name });
  }
  return events;
}

/** Every history entry of a package in SigningHub's shape, oldest first. */
export function historyEntries(pkg: PackageRecord, documents: readonly DocumentRecord[], added: readonly HistoryEvent[]) {
  const events = [...seededEvents(pkg, documents), ...added].sort((a, b) => a.at - b.at);
  return events.map((e, i) => ({
    log_id: i + 1,
    action_type: e.type,
    action_date: formatDate(e.at, pkg.date_style),
    user_name: e.by,
    user_email: e.email,
    information: e.information,
  }));
}

// Who the signed-in user is in a package's workflow: their recipient entries, the next recipient, and what they may do.
import type { Recipient } from '../../../shared/contract';
import { humanize } from '../text/format';

// A recipient with one of these statuses still has something to do.
const OPEN_STATUSES: ReadonlySet<string> = new Set(['UN_PROCESSED', 'IN_PROGRESS']);

/** True while a recipient has not finished (not yet signed, reviewed, edited or declined). */
export function isOpenRecipient(recipient: Pick<Recipient, 'processStatus'>): boolean {
  return OPEN_STATUSES.has(recipient.processStatus.trim().toUpperCase());
}

/** Compares emails the way SigningHub does: trimmed and case-insensitive. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The user's recipient entries; one person can hold several (e.g. in-person host and signer). */
export function myEntries(users: readonly Recipient[], email: string): Recipient[] {
  return users.filter((user) => sameEmail(user.email, email));
}

/** The workflow orders that are the user's: a field is "mine" when its order is one of them. */
export function myOrders(users: readonly Recipient[], email: string): ReadonlySet<number> {
  return new Set(myEntries(users, email).map((user) => user.order));
}

/** The name of the recipient with this workflow order (the email when the name is blank); null when nobody has it. */
export function recipientName(users: readonly Recipient[], order: number): string | null {
  const recipient = users.find((user) => user.order === order);
  if (recipient === undefined) return null;
  return recipient.name.trim() === '' ? recipient.email : recipient.name;
}

/** The recipient whose turn it is: the lowest order still open, carbon copies aside; null when none. */
export function nextRecipient(users: readonly Recipient[]): Recipient | null {
  const waiting = users.filter((user) => isOpenRecipient(user) && user.role.toUpperCase() !== 'CARBON_COPY');
  return waiting.reduce<Recipient | null>((best, user) => (best === null || user.order < best.order ? user : best), null);
}

/** A package-level action offered in the toolbar. */
export type PackageAction = 'approve' | 'submit' | 'decline';

// Which actions each role brings; every role that acts on a package may also decline it.
const ROLE_ACTIONS: Record<string, readonly PackageAction[]> = {
  SIGNER: ['decline'],
  INPERSON_HOST: ['decline'],
  REVIEWER: ['approve', 'decline'],
  EDITOR: ['submit', 'decline'],
};

/** The actions the user's open entries allow, approve/submit first and decline last, each once. */
export function availableActions(users: readonly Recipient[], email: string): PackageAction[] {
  const allowed = new Set<PackageAction>();
  for (const entry of myEntries(users, email)) {
    if (!isOpenRecipient(entry)) continue;
    for (const action of ROLE_ACTIONS[entry.role.trim().toUpperCase()] ?? []) allowed.add(action);
  }
  return (['approve', 'submit', 'decline'] as const).filter((action) => allowed.has(action));
}

/** True when the user still has an open signer or in-person host entry, i.e. a Finish is theirs to send. */
export function canFinish(users: readonly Recipient[], email: string): boolean {
  return myEntries(users, email).some((entry) => isOpenRecipient(entry) && ['SIGNER', 'INPERSON_HOST'].includes(entry.role.trim().toUpperCase()));
}

const ROLE_LABELS: Record<string, string> = {
  SIGNER: 'Signer',
  REVIEWER: 'Reviewer',
  EDITOR: 'Editor',
  CARBON_COPY: 'Carbon copy',
  INPERSON_HOST: 'In-person host',
};

/** A recipient role for display, e.g. "In-person host"; unknown roles as words ("ELECTRONIC_SEAL" as "Electronic seal"). */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role.trim().toUpperCase()] ?? humanize(role);
}

// What the finish screen says: what the user did, and what happens to the package next.
import { roleLabel } from '../document/my-role';
import type { PackageStep } from './action-effect';
import type { NextRecipient, NextStep } from './what-next';

/** The finish screen's heading for the step the user took on the named package. */
export function outcomeHeading(step: PackageStep, packageName: string): string {
  const verb: Record<PackageStep, string> = { finish: 'You have signed', decline: 'You declined', approve: 'You approved', submit: 'You submitted' };
  return `${verb[step]} “${packageName}”`;
}

/** A sentence under the heading, or '' when the heading says it all. */
export function outcomeDetail(step: PackageStep): string {
  return step === 'decline' ? 'The sender has been told why.' : '';
}

const who = (recipient: NextRecipient): string => (recipient.you ? `you, as ${roleLabel(recipient.role)}` : `${recipient.name} (${roleLabel(recipient.role)})`);

/** What happens next, in sentences; the copy is what SigningHub does by default, not something Desk Signer sends. */
export function nextStepText(next: NextStep): string[] {
  if (next.kind === 'declined') return ['The package is declined: nobody else can act on it.'];
  if (next.kind === 'complete') {
    return ['Everyone has acted on it: the package is complete.', 'By default, SigningHub e-mails a copy of the completed documents to the recipients.'];
  }
  const [first, ...others] = next.recipients;
  if (first === undefined) return [];
  if (others.length === 0) return [`Next: ${who(first)}.`];
  return [`Next, at the same time: ${next.recipients.map(who).join(', ')}.`];
}

import type { Recipient } from '../../shared/contract.js';
import { ApiFailure } from './api-failure.js';

const SIGNER_LIKE = /SIGN/i;

/**
 * The workflow `order` of the signed-in user, matched by email (case-insensitive). A user listed
 * more than once is taken at a signing step first. Undefined when the user is not a recipient.
 */
export function recipientOrder(users: readonly Recipient[], email: string): number | undefined {
  const mine = users.filter((u) => u.email.trim().toLowerCase() === email.trim().toLowerCase());
  return (mine.find((u) => SIGNER_LIKE.test(u.role)) ?? mine[0])?.order;
}

/** The failure when the signed-in user is not among a package's recipients. */
export function notRecipientFailure(what: string): ApiFailure {
  return new ApiFailure({ kind: 'forbidden', message: `You are not among this package's recipients, so SigningHub cannot ${what}.` });
}

// What the signing flow says once a phone approval ends or stops.
import type { ApiError } from '../../../shared/contract';
import type { ApprovalOutcome } from './approval-policy';
import { APPROVAL_LIMITS } from './approval-policy';

/** The error shown when the phone answered FAILED or DECLINED. */
export function approvalRefused(fieldName: string, outcome: Exclude<ApprovalOutcome, 'SIGNED'>): ApiError {
  const message =
    outcome === 'DECLINED'
      ? `The signature for field ${fieldName} was declined on your phone (DECLINED).`
      : `The signature for field ${fieldName} failed on your phone (FAILED).`;
  return { kind: 'server', message };
}

/** The error shown when the wait passed its deadline without an answer from the phone. */
export function approvalDeadline(fieldName: string): ApiError {
  return {
    kind: 'timeout',
    message: `Desk Signer stopped waiting for your approval of field ${fieldName} after ${APPROVAL_LIMITS.deadlineMs / 60_000} minutes. If you approve it later, the field shows as signed when you open the package again.`,
  };
}

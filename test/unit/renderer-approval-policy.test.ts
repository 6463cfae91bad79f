import { describe, expect, it } from 'vitest';
import type { ApiError, FieldSigningStatus, Result } from '../../shared/contract';
import { APPROVAL_LIMITS, FIRST_POLL, approvalStep } from '../../renderer/src/signing/approval-policy';
import type { ApprovalPollState, ApprovalStep } from '../../renderer/src/signing/approval-policy';
import { pollDelay } from '../../renderer/src/signing/backoff';

const answer = (status: FieldSigningStatus): Result<{ status: FieldSigningStatus }> => ({ ok: true, value: { status } });
const failure = (kind: ApiError['kind'], message = 'boom'): Result<{ status: FieldSigningStatus }> => ({ ok: false, error: { kind, message } });

/** Runs the policy over a series of answers, one second apart, and returns its steps. */
function run(answers: Result<{ status: FieldSigningStatus }>[], start = 0): ApprovalStep[] {
  const steps: ApprovalStep[] = [];
  let state: ApprovalPollState = FIRST_POLL;
  answers.forEach((result, index) => {
    const step = approvalStep(state, result, start + index * 1000);
    steps.push(step);
    if (step.next === 'poll') state = step.state;
  });
  return steps;
}

describe('approvalStep', () => {
  it('polls on with backoff while PENDING, and ends with the phone’s answer', () => {
    const steps = run([answer('PENDING'), answer('PENDING'), answer('SIGNED')]);
    expect(steps).toEqual([
      { next: 'poll', state: { attempt: 1, errors: 0 }, delayMs: pollDelay(1) },
      { next: 'poll', state: { attempt: 2, errors: 0 }, delayMs: pollDelay(2) },
      { next: 'outcome', outcome: 'SIGNED' },
    ]);
    expect(run([answer('DECLINED')])).toEqual([{ next: 'outcome', outcome: 'DECLINED' }]);
    expect(run([answer('FAILED')])).toEqual([{ next: 'outcome', outcome: 'FAILED' }]);
  });

  it('rides out up to three transient errors in a row, and gives up on the fourth', () => {
    const steps = run([failure('network'), failure('timeout'), failure('server'), failure('network', 'still down')]);
    expect(steps.slice(0, 3).map((step) => step.next)).toEqual(['poll', 'poll', 'poll']);
    expect(steps[2]).toMatchObject({ state: { errors: APPROVAL_LIMITS.transientErrors } });
    expect(steps[3]).toEqual({ next: 'error', error: { kind: 'network', message: 'still down' } });
  });

  it('treats an unreadable answer like a network blip: polled again, within the same limits', () => {
    const steps = run([failure('invalid_response'), answer('PENDING'), failure('invalid_response'), answer('SIGNED')]);
    expect(steps.map((step) => step.next)).toEqual(['poll', 'poll', 'poll', 'outcome']);
    expect(steps[0]).toMatchObject({ state: { errors: 1 } });
    const unreadable = run([
      failure('invalid_response'),
      failure('invalid_response'),
      failure('invalid_response'),
      failure('invalid_response', 'still garbled'),
    ]);
    expect(unreadable[3]).toEqual({ next: 'error', error: { kind: 'invalid_response', message: 'still garbled' } });
    expect(approvalStep({ attempt: 20, errors: 0 }, failure('invalid_response'), 300_000)).toEqual({ next: 'deadline' });
  });

  it('counts only errors in a row: a good answer starts the count again', () => {
    const steps = run([
      failure('network'),
      failure('network'),
      failure('network'),
      answer('PENDING'),
      failure('timeout'),
      failure('server'),
      failure('network'),
      answer('SIGNED'),
    ]);
    expect(steps.map((step) => step.next)).toEqual(['poll', 'poll', 'poll', 'poll', 'poll', 'poll', 'poll', 'outcome']);
    expect(steps[3]).toMatchObject({ state: { errors: 0 } });
  });

  it('stops at once on an error that would only repeat', () => {
    for (const kind of ['forbidden', 'not_found', 'invalid_input', 'unauthorized'] as const) {
      expect(run([failure(kind)])).toEqual([{ next: 'error', error: { kind, message: 'boom' } }]);
    }
  });

  it('stops after the overall deadline of 5 minutes, the last poll landing on it', () => {
    expect(APPROVAL_LIMITS.deadlineMs).toBe(300_000);
    const state = { attempt: 20, errors: 0 };
    expect(approvalStep(state, answer('PENDING'), 299_000)).toEqual({ next: 'poll', state: { attempt: 21, errors: 0 }, delayMs: 1000 });
    expect(approvalStep(state, answer('PENDING'), 300_000)).toEqual({ next: 'deadline' });
    expect(approvalStep(state, failure('network'), 301_000)).toEqual({ next: 'deadline' });
    // A final answer that arrives at the deadline still counts.
    expect(approvalStep(state, answer('SIGNED'), 300_500)).toEqual({ next: 'outcome', outcome: 'SIGNED' });
  });
});

import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract';
import { whatHappensNext, workflowAfter } from '../../renderer/src/signing/what-next';
import type { WorkflowView } from '../../renderer/src/signing/what-next';
import { nextStepText, outcomeDetail, outcomeHeading } from '../../renderer/src/signing/outcome-text';

const ME = 'alice@example.com';

const user = (order: number, name: string, role: string, processStatus = 'UN_PROCESSED', extra: { signingOrder?: number } = {}): Recipient => ({
  order,
  name,
  email: `${name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
  role,
  processStatus,
  ...extra,
});

const workflow = (workflowType: string, users: WorkflowView['users'], status = 'INPROGRESS'): WorkflowView => ({ status, workflowType, users });

describe('whatHappensNext', () => {
  it('names the lowest open recipient of a serial flow, skipping carbon copies and the finished', () => {
    const users = [
      user(1, 'Alice', 'SIGNER', 'SIGNED'),
      user(2, 'Copy Reader', 'CARBON_COPY'),
      user(4, 'Bob Builder', 'REVIEWER'),
      user(3, 'Priya Shah', 'SIGNER'),
    ];
    expect(whatHappensNext(workflow('SERIAL', users), ME)).toEqual({ kind: 'waiting', recipients: [{ name: 'Priya Shah', role: 'SIGNER', you: false }] });
  });

  it('lists everyone still open in a parallel or individual flow, in order', () => {
    const users = [user(2, 'Bob Builder', 'REVIEWER'), user(1, 'Alice', 'SIGNER', 'SIGNED'), user(3, 'Priya Shah', 'SIGNER', 'IN_PROGRESS')];
    const expected = {
      kind: 'waiting',
      recipients: [
        { name: 'Bob Builder', role: 'REVIEWER', you: false },
        { name: 'Priya Shah', role: 'SIGNER', you: false },
      ],
    };
    expect(whatHappensNext(workflow('PARALLEL', users), ME)).toEqual(expected);
    expect(whatHappensNext(workflow('individual', users), ME)).toEqual(expected);
  });

  it('groups a custom flow by signing order when it is known, and by order when it is not', () => {
    const grouped = [
      user(1, 'Alice', 'SIGNER', 'SIGNED', { signingOrder: 1 }),
      user(2, 'Bob Builder', 'SIGNER', 'UN_PROCESSED', { signingOrder: 2 }),
      user(3, 'Priya Shah', 'SIGNER', 'UN_PROCESSED', { signingOrder: 2 }),
      user(4, 'Dan Late', 'SIGNER', 'UN_PROCESSED', { signingOrder: 3 }),
    ];
    expect(whatHappensNext(workflow('CUSTOM', grouped), ME)).toMatchObject({ kind: 'waiting', recipients: [{ name: 'Bob Builder' }, { name: 'Priya Shah' }] });
    const plain = grouped.map(({ signingOrder: _unused, ...rest }) => rest);
    expect(whatHappensNext(workflow('CUSTOM', plain), ME)).toMatchObject({ kind: 'waiting', recipients: [{ name: 'Bob Builder' }] });
  });

  it('is complete when only carbon copies are left, or when the package says so', () => {
    expect(whatHappensNext(workflow('SERIAL', [user(1, 'Alice', 'SIGNER', 'SIGNED'), user(2, 'Copy Reader', 'CARBON_COPY')]), ME)).toEqual({
      kind: 'complete',
    });
    expect(whatHappensNext(workflow('SERIAL', [user(1, 'Alice', 'SIGNER', 'SIGNED')], ' completed '), ME)).toEqual({ kind: 'complete' });
  });

  it('is declined when the package or anyone in it declined', () => {
    expect(whatHappensNext(workflow('SERIAL', [user(1, 'Alice', 'SIGNER', 'DECLINED'), user(2, 'Priya Shah', 'SIGNER')], 'INPROGRESS'), ME)).toEqual({
      kind: 'declined',
    });
    expect(whatHappensNext(workflow('SERIAL', [user(1, 'Priya Shah', 'SIGNER')], 'DECLINED'), ME)).toEqual({ kind: 'declined' });
  });

  it('marks an entry of the signed-in user, and falls back to the email for a blank name', () => {
    const users = [user(1, 'Alice', 'REVIEWER'), { ...user(2, 'x', 'SIGNER'), name: ' ', email: 'someone@example.com' }];
    expect(whatHappensNext(workflow('PARALLEL', users), ME)).toEqual({
      kind: 'waiting',
      recipients: [
        { name: 'Alice', role: 'REVIEWER', you: true },
        { name: 'someone@example.com', role: 'SIGNER', you: false },
      ],
    });
  });
});

describe('workflowAfter', () => {
  const before = {
    status: 'INPROGRESS',
    workflowType: 'SERIAL',
    users: [user(1, 'Alice', 'SIGNER', 'IN_PROGRESS'), user(2, 'Alice', 'REVIEWER'), user(3, 'Priya Shah', 'SIGNER')],
  };

  it('marks only the entries the step completes as done', () => {
    const after = workflowAfter('finish', before, ME);
    expect(after.users.map((entry) => entry.processStatus)).toEqual(['SIGNED', 'UN_PROCESSED', 'UN_PROCESSED']);
    expect(whatHappensNext(after, ME)).toEqual({ kind: 'waiting', recipients: [{ name: 'Alice', role: 'REVIEWER', you: true }] });
    expect(workflowAfter('approve', before, ME).users.map((entry) => entry.processStatus)).toEqual(['IN_PROGRESS', 'REVIEWED', 'UN_PROCESSED']);
  });

  it('makes a decline decline the package', () => {
    expect(whatHappensNext(workflowAfter('decline', before, ME), ME)).toEqual({ kind: 'declined' });
  });

  it('leaves the recipients as they were when they are not mine', () => {
    expect(workflowAfter('finish', before, 'nobody@example.com').users).toEqual(before.users);
  });
});

describe('the finish screen’s words', () => {
  it('says what the user did to the package', () => {
    expect(outcomeHeading('finish', 'Lease')).toBe('You have signed “Lease”');
    expect(outcomeHeading('decline', 'Lease')).toBe('You declined “Lease”');
    expect(outcomeHeading('approve', 'Lease')).toBe('You approved “Lease”');
    expect(outcomeHeading('submit', 'Lease')).toBe('You submitted “Lease”');
    expect(outcomeDetail('decline')).toBe('The sender has been told why.');
    expect(outcomeDetail('finish')).toBe('');
  });

  it('names who is next with their role, and says the copy is what SigningHub does by default', () => {
    expect(nextStepText({ kind: 'waiting', recipients: [{ name: 'Priya Shah', role: 'SIGNER', you: false }] })).toEqual(['Next: Priya Shah (Signer).']);
    expect(
      nextStepText({
        kind: 'waiting',
        recipients: [
          { name: 'Alice', role: 'INPERSON_HOST', you: true },
          { name: 'Bob', role: 'REVIEWER', you: false },
        ],
      }),
    ).toEqual(['Next, at the same time: you, as In-person host, Bob (Reviewer).']);
    expect(nextStepText({ kind: 'complete' }).join(' ')).toMatch(/complete.*By default, SigningHub e-mails a copy/);
    expect(nextStepText({ kind: 'declined' })).toEqual(['The package is declined: nobody else can act on it.']);
  });
});

// What happens to a package once the user has finished, declined, approved or submitted it: read from its
// workflow (status, recipients and their order), for the finish screen.
import type { PackageDetail, Recipient } from '../../../shared/contract';
import type { PackageStep } from './action-effect';
import { isOpenRecipient, sameEmail } from '../document/my-role';

/** Someone the package now waits on. */
export interface NextRecipient {
  name: string;
  role: string;
  /** The signed-in user holds this entry too (e.g. a later reviewer step). */
  you: boolean;
}

/** Where the package stands: complete, declined, or waiting on the listed recipients. */
export type NextStep = { kind: 'complete' } | { kind: 'declined' } | { kind: 'waiting'; recipients: NextRecipient[] };

/** The workflow as the finish screen reads it; `signingOrder` groups a custom flow's recipients when it is known. */
export interface WorkflowView {
  status: string;
  workflowType: string;
  users: readonly Recipient[];
}

// Everyone still open acts at once in these workflows.
const ALL_AT_ONCE: ReadonlySet<string> = new Set(['PARALLEL', 'INDIVIDUAL']);

/** What happens next: complete when nobody but carbon copies is left, else who acts now (by order, or all at once in a parallel flow). */
export function whatHappensNext(workflow: WorkflowView, email: string): NextStep {
  const status = workflow.status.trim().toUpperCase();
  if (status === 'DECLINED' || workflow.users.some((user) => user.processStatus.trim().toUpperCase() === 'DECLINED')) return { kind: 'declined' };
  if (status === 'COMPLETED') return { kind: 'complete' };
  const open = workflow.users.filter((user) => isOpenRecipient(user) && user.role.trim().toUpperCase() !== 'CARBON_COPY');
  if (open.length === 0) return { kind: 'complete' };
  let turn = open;
  if (!ALL_AT_ONCE.has(workflow.workflowType.trim().toUpperCase())) {
    // Serial and custom flows: the lowest step still open; recipients sharing a custom step act together.
    const step = (user: WorkflowView['users'][number]): number => user.signingOrder ?? user.order;
    const first = Math.min(...open.map(step));
    turn = open.filter((user) => step(user) === first);
  }
  return {
    kind: 'waiting',
    recipients: [...turn]
      .sort((a, b) => a.order - b.order)
      .map((user) => ({ name: user.name.trim() === '' ? user.email : user.name, role: user.role, you: sameEmail(user.email, email) })),
  };
}

// What each step sets on the user's open entries it completes.
const STEP_RESULT: Record<PackageStep, { roles: readonly string[]; status: string }> = {
  finish: { roles: ['SIGNER', 'INPERSON_HOST'], status: 'SIGNED' },
  decline: { roles: ['SIGNER', 'INPERSON_HOST', 'REVIEWER', 'EDITOR'], status: 'DECLINED' },
  approve: { roles: ['REVIEWER'], status: 'REVIEWED' },
  submit: { roles: ['EDITOR'], status: 'EDITED' },
};

/** The workflow as it stands after `step`, worked out from the one read before it: for a package that cannot be read again. */
export function workflowAfter(step: PackageStep, before: Pick<PackageDetail, 'status' | 'workflowType' | 'users'>, email: string): WorkflowView {
  const { roles, status } = STEP_RESULT[step];
  const users = before.users.map((user) =>
    sameEmail(user.email, email) && isOpenRecipient(user) && roles.includes(user.role.trim().toUpperCase()) ? { ...user, processStatus: status } : user,
  );
  return { status: step === 'decline' ? 'DECLINED' : before.status, workflowType: before.workflowType, users };
}

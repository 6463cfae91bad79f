// A package action whose answer was lost may still have been done: how to tell from the package
// read again (finish, decline, approve or submit).
import type { PackageDetail } from '../../../shared/contract';
import { isOpenRecipient, myEntries } from '../document/my-role';
import type { PackageActionKind } from './active-dialog';

/** A call that moves the package on: Finish, or one of the toolbar actions. */
export type PackageStep = 'finish' | PackageActionKind;

// The roles each step completes: once none of my entries with one of them is open, the step was done.
const STEP_ROLES: Record<PackageStep, readonly string[]> = {
  finish: ['SIGNER', 'INPERSON_HOST'],
  decline: ['SIGNER', 'INPERSON_HOST', 'REVIEWER', 'EDITOR'],
  approve: ['REVIEWER'],
  submit: ['EDITOR'],
};

/** True when the package, read again, shows `step` done by `email`: their entries it completes are no longer open (or it is declined). */
export function actionTookEffect(step: PackageStep, detail: Pick<PackageDetail, 'status' | 'users'>, email: string): boolean {
  if (step === 'decline' && detail.status.trim().toUpperCase() === 'DECLINED') return true;
  const roles = STEP_ROLES[step];
  return !myEntries(detail.users, email).some((entry) => isOpenRecipient(entry) && roles.includes(entry.role.trim().toUpperCase()));
}

// After Finish, Decline, Approve or Submit failed without a usable answer: read the package again before
// saying anything, since the server may have done it. Never sends the step again by itself.
import { useQueryClient } from '@tanstack/react-query';
import type { ApiError, PackageDetail, Result } from '../../../shared/contract';
import type { CommandResult } from '../api/command';
import { packageViewKey } from '../api/document-queries';
import type { PackageView } from '../api/document-queries';
import { answerMayBeLost } from '../api/lost-answer';
import { useCommand } from '../api/use-command';
import { signer } from '../api/bridge';
import { actionTookEffect } from './action-effect';
import type { PackageStep } from './action-effect';

/** What the package, read again, says: the step was done (say so, as on success), or not, with a sentence for under the error. */
export type StepRecovery = { done: true } | { done: false; note: string };

/** Looks up whether a failed step was done after all. */
export type RecoverStep = (step: PackageStep, error: ApiError) => Promise<StepRecovery>;

/** Said when the package shows the step was not done. */
export const NOT_DONE_NOTE = 'It did not go through: the package still waits for you, so it is safe to try again.';
/** Said when the package could not be read again. */
export const UNCHECKED_NOTE =
  'It may or may not have gone through, and the package could not be checked. Look at the package in the list before you try again.';

/** What the recovery needs to know about the open package. */
export interface StepRecoveryOptions {
  packageId: number;
  email: string;
  /** A code or password opened the package: it cannot be read again without one, and its view is left as it is. */
  unlocked: boolean;
}

/** Returns `recover(step, error)`: whether a failed step was done after all, looked up only when its answer may have been lost. */
export function useStepRecovery({ packageId, email, unlocked }: StepRecoveryOptions): RecoverStep {
  const queryClient = useQueryClient();
  const read = useCommand((id: number) => signer().getPackage({ packageId: id }), { errorTitle: 'Could not check the package', failures: 'inline' });
  return async (step, error) => {
    // The server answered: it refused, so nothing was done and its words say why.
    if (!answerMayBeLost(error)) return { done: false, note: '' };
    const result = unlocked ? null : await read.run(packageId);
    if (result === null || !result.ok) return { done: false, note: UNCHECKED_NOTE };
    const detail: PackageDetail = result.value;
    if (actionTookEffect(step, detail, email)) return { done: true };
    // Show the package as the server has it now.
    const view: PackageView = { status: 'open', detail, unlocked: false };
    queryClient.setQueryData(packageViewKey(packageId), view);
    return { done: false, note: NOT_DONE_NOTE };
  };
}

/** A step's call that, when it fails, asks `recover` first: done after all counts as done, else the failure carries the note. */
export function withRecovery<I>(
  step: PackageStep,
  call: (input: I) => Promise<Result<null>>,
  recover: RecoverStep,
): (input: I) => Promise<CommandResult<null>> {
  return async (input) => {
    const result = await call(input);
    if (result.ok) return result;
    const recovery = await recover(step, result.error);
    return recovery.done ? { ok: true, value: null } : { ok: false, error: result.error, note: recovery.note };
  };
}

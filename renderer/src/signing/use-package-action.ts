// A toolbar action's call (decline, approve, submit) with its error kept for the dialog. When the answer is lost,
// the package is read again first: done means done, whatever the connection said.
import { useState } from 'react';
import type { ApiError, Result } from '../../../main/ipc/contract';
import { useInlineCall } from '../api/use-bridge-call';
import type { PackageStep } from './action-effect';
import type { StepRecovery } from './use-step-recovery';

/** What the action needs besides its call. */
export interface PackageActionOptions {
  step: PackageStep;
  errorTitle: string;
  recover: (step: PackageStep, error: ApiError) => Promise<StepRecovery>;
}

/** The action's runner, its error and the sentence under it, and whether it is running (or checking). */
export interface PackageActionCall<I> {
  run: (input: I, onDone: () => void) => Promise<void>;
  error: ApiError | null;
  note: string;
  isPending: boolean;
}

/** Runs an action call once at a time; `onDone` when the server accepted it or the package shows it was done. */
export function usePackageAction<I>(call: (input: I) => Promise<Result<null>>, { step, errorTitle, recover }: PackageActionOptions): PackageActionCall<I> {
  const action = useInlineCall(call, errorTitle);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const [checking, setChecking] = useState(false);
  const run = async (input: I, onDone: () => void): Promise<void> => {
    setError(null);
    setNote('');
    const run = await action.run(input);
    if (run.status !== 'done') return;
    if (run.value.ok) {
      onDone();
      return;
    }
    setChecking(true);
    const recovery = await recover(step, run.value.error);
    setChecking(false);
    if (recovery.done) {
      onDone();
      return;
    }
    setError(run.value.error);
    setNote(recovery.note);
  };
  return { run, error, note, isPending: action.isPending || checking };
}

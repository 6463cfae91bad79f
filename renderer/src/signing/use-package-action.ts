// A toolbar action's call (decline, approve, submit) with its error kept for the dialog. When the answer is lost,
// the package is read again first: done means done, whatever the connection said.
import { useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract';
import type { CommandFailure } from '../api/command';
import { useCommand } from '../api/use-command';
import type { PackageStep } from './action-effect';
import type { RecoverStep } from './use-step-recovery';
import { withRecovery } from './use-step-recovery';

/** What the action needs besides its call. */
export interface PackageActionOptions {
  step: PackageStep;
  errorTitle: string;
  recover: RecoverStep;
}

/** The action's runner, its error and the sentence under it, and whether it is running (or checking). */
export interface PackageActionCall<I> {
  run: (input: I, onDone: () => void) => Promise<void>;
  error: ApiError | null;
  note: string;
  pending: boolean;
}

/** Runs an action call once at a time; `onDone` when the server accepted it or the package shows it was done. */
export function usePackageAction<I>(call: (input: I) => Promise<Result<null>>, { step, errorTitle, recover }: PackageActionOptions): PackageActionCall<I> {
  const command = useCommand(withRecovery(step, call, recover), { errorTitle, failures: 'inline' });
  const [failure, setFailure] = useState<CommandFailure | null>(null);
  const run = async (input: I, onDone: () => void): Promise<void> => {
    setFailure(null);
    const result = await command.run(input);
    if (result === null) return;
    if (result.ok) onDone();
    else setFailure(result);
  };
  return { run, error: failure?.error ?? null, note: failure?.note ?? '', pending: command.pending };
}

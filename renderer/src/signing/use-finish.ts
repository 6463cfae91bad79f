// Finish Processing: sent once at a time; when its answer is lost, the package is read again before anything is said.
import { useRef, useState } from 'react';
import type { ApiError, InputOf } from '../../../main/ipc/contract';
import { errorMessage } from '../api/result';
import { useInlineCall } from '../api/use-bridge-call';
import { signer } from '../bridge';
import { useDialogs } from '../dialogs/dialog-context';
import type { PackageStep } from './action-effect';
import type { StepRecovery } from './use-step-recovery';

/** What Finish needs. */
export interface FinishOptions {
  packageId: number;
  recover: (step: PackageStep, error: ApiError) => Promise<StepRecovery>;
  /** The package is finished (answered, or found finished after a lost answer). */
  onFinished: () => void;
}

/** Finish and whether it is running (sending, or checking after a lost answer). */
export interface Finish {
  finish: () => void;
  finishing: boolean;
}

/** The error with our sentence after its message, for the error dialog. */
function withNote(error: ApiError, note: string): ApiError {
  return note === '' ? error : { ...error, message: `${errorMessage(error)} ${note}` };
}

/** Sends Finish at most once at a time; a failure is shown only once the package says it was not finished. */
export function useFinish({ packageId, recover, onFinished }: FinishOptions): Finish {
  const dialogs = useDialogs();
  const call = useInlineCall((input: InputOf<'finishPackage'>) => signer().finishPackage(input), 'Could not finish the package');
  const started = useRef(false);
  const [checking, setChecking] = useState(false);

  const finish = (): void => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      const run = await call.run({ packageId });
      // An ended session was reported already; the toolbar's Finish button lets the user try again.
      if (run.status !== 'done') {
        started.current = false;
        return;
      }
      if (run.value.ok) {
        onFinished();
        return;
      }
      setChecking(true);
      const recovery = await recover('finish', run.value.error);
      setChecking(false);
      if (recovery.done) {
        onFinished();
        return;
      }
      started.current = false;
      dialogs.showError('Could not finish the package', withNote(run.value.error, recovery.note));
    })();
  };

  return { finish, finishing: call.isPending || checking };
}

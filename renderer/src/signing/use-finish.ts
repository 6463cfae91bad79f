// Finish Processing: sent once at a time; when its answer is lost, the package is read again before anything is said.
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import type { OutcomeReport } from './outcome-context';
import type { RecoverStep } from './use-step-recovery';
import { withRecovery } from './use-step-recovery';

/** What Finish needs. */
export interface FinishOptions {
  packageId: number;
  recover: RecoverStep;
  /** Told when Finish starts, when it went through (answered, or found finished after a lost answer) and when it failed. */
  report: OutcomeReport;
}

/** Finish and whether it is running (sending, or checking after a lost answer). */
export interface Finish {
  finish: () => void;
  finishing: boolean;
}

/** Sends Finish at most once at a time; a failure is shown only once the package says it was not finished. */
export function useFinish({ packageId, recover, report }: FinishOptions): Finish {
  const command = useCommand(
    withRecovery('finish', () => signer().finishPackage({ packageId }), recover),
    { errorTitle: 'Could not finish the package' },
  );
  const finish = (): void => {
    if (command.pending) return;
    report.finishing();
    // A failure is in the error dialog already; back on the package, its Finish button lets the user try again.
    void command.run(undefined).then((result) => {
      // null: a Finish was running already, and it reports its own outcome.
      if (result === null) return;
      if (result.ok) report.done('finish');
      else report.failed();
    });
  };
  return { finish, finishing: command.pending };
}

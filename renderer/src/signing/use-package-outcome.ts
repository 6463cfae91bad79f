// The finish screen's state: Finish running, then the step done and, once the package is read again, what
// happens next. Lives above the package view, so the view stays as it was when Finish fails.
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { PackageDetail } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { PACKAGE_LIST_KEY, packageViewKey } from '../api/document-queries';
import type { PackageView } from '../api/document-queries';
import { useCommand } from '../api/use-command';
import type { PackageStep } from './action-effect';
import type { OutcomeReport } from './outcome-context';
import type { NextStep } from './what-next';
import { whatHappensNext, workflowAfter } from './what-next';

/** What happens next: known, being read again ('checking'), or not known (the package was never read and cannot be). */
export type NextKnowledge = NextStep | 'checking' | 'unknown';

/** Finish running, or a step done with what happens next; `checked` is false when that was worked out, not read again. */
export type PackageOutcome = { phase: 'finishing' } | { phase: 'done'; step: PackageStep; next: NextKnowledge; checked: boolean };

/** What the outcome needs to know about the open package. */
export interface PackageOutcomeOptions {
  packageId: number;
  email: string;
  /** The package as read before the step: what happens next is worked out from it when it cannot be read again. */
  detail: PackageDetail | null;
  /** A code or password opened the package: reading it again would ask for one. */
  unlocked: boolean;
}

/** The outcome to show (null: the package view) and the report the signing flow fills it with. */
export function usePackageOutcome({ packageId, email, detail, unlocked }: PackageOutcomeOptions): { outcome: PackageOutcome | null; report: OutcomeReport } {
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<PackageOutcome | null>(null);
  const read = useCommand((id: number) => signer().getPackage({ packageId: id }), { errorTitle: 'Could not read the package', failures: 'inline' });
  // Finish and the actions answer after an await: by then the user may have left the package.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** What happens next as the package was before, with the step applied; unknown when it was never read. */
  const predicted = (step: PackageStep): NextKnowledge => (detail === null ? 'unknown' : whatHappensNext(workflowAfter(step, detail, email), email));

  const done = async (step: PackageStep): Promise<void> => {
    // The finished package leaves the pending list: read again now (the list is not on screen), fresh on the way back.
    void queryClient.invalidateQueries({ queryKey: PACKAGE_LIST_KEY, refetchType: 'all' });
    if (!mounted.current) {
      void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId), refetchType: 'none' });
      return;
    }
    setOutcome({ phase: 'done', step, next: 'checking', checked: false });
    // An unlocked package is not read again: that would ask for its code or password again.
    const result = unlocked ? null : await read.run(packageId);
    if (result?.ok === true) {
      const view: PackageView = { status: 'open', detail: result.value, unlocked: false };
      queryClient.setQueryData(packageViewKey(packageId), view);
      setOutcome({ phase: 'done', step, next: whatHappensNext(result.value, email), checked: true });
    } else {
      // Marked stale only, never refetched here; what happens next is worked out from the package as it was.
      void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId), refetchType: 'none' });
      setOutcome({ phase: 'done', step, next: predicted(step), checked: false });
    }
  };

  const report: OutcomeReport = {
    finishing: () => setOutcome({ phase: 'finishing' }),
    failed: () => setOutcome(null),
    done: (step) => void done(step),
  };

  return { outcome, report };
}

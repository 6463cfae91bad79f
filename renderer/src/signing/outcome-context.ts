// How the signing flow tells the package screen that Finish is running, went through or failed, or that a
// decline, approval or submission went through: the screen then shows the finish screen in place of the package.
import { createContext, useContext } from 'react';
import type { PackageStep } from './action-effect';

/** What the signing flow reports about the step that moves the package on. */
export interface OutcomeReport {
  /** Finish was sent: show it running. */
  finishing: () => void;
  /** Finish failed (its error is in a dialog): back to the package, where Finish can be pressed again. */
  failed: () => void;
  /** The step went through, or the package read again shows it did. */
  done: (step: PackageStep) => void;
}

/** Holds the package screen's report; null outside one. */
export const OutcomeContext = createContext<OutcomeReport | null>(null);

/** Returns the package screen's report; throws when used outside its provider, which is a wiring bug. */
export function useOutcomeReport(): OutcomeReport {
  const report = useContext(OutcomeContext);
  if (report === null) throw new Error('useOutcomeReport() needs an <OutcomeContext.Provider> above it');
  return report;
}

// The app's error dialog, as commands reach it: App provides it, since an ended session is the app's to handle.
import { createContext, useContext, useMemo } from 'react';
import type { ReportFailure } from './command';

/** Holds the app's ReportFailure; null outside App. */
export const FailureReportContext = createContext<ReportFailure | null>(null);

/** The name of the open package's owner, so an error inside it can say whom to ask; empty outside a package. */
export const PackageSenderContext = createContext('');

/** Returns how to report a failure (naming the open package's sender); throws outside App, which is a wiring bug. */
export function useReportFailure(): ReportFailure {
  const report = useContext(FailureReportContext);
  const sender = useContext(PackageSenderContext);
  const withSender = useMemo<ReportFailure | null>(
    () => (report === null || sender === '' ? report : (title, error, note, extras) => report(title, error, note, { sender, ...extras })),
    [report, sender],
  );
  if (withSender === null) throw new Error('useReportFailure() needs a FailureReportContext provider above it');
  return withSender;
}

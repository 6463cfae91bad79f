// One package opened for work: loads it (asking for a code or password when it is protected), then the document view.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { PackageSenderContext } from '../api/failure-report';
import { packageViewQuery } from '../api/document-queries';
import type { PackageView } from '../api/document-queries';
import { Spinner } from '../components/Spinner';
import { PackageWorkspace } from './PackageWorkspace';
import { ProtectedPrompt } from '../document/ProtectedPrompt';
import { OutcomeContext } from '../signing/outcome-context';
import { usePackageOutcome } from '../signing/use-package-outcome';
import { FinishScreen } from './FinishScreen';

/** Props of the package view. */
export interface PackageScreenProps {
  packageId: number;
  /** The signed-in user's email: it says which recipient, and so which fields, are mine. */
  email: string;
  /** Back to the list; `moved` is set when leaving the finish screen (the package moved on, so its row may be gone). */
  onBack: (moved?: boolean) => void;
}

/** Shows a package's details and documents. */
export function PackageScreen({ packageId, email, onBack }: PackageScreenProps) {
  const queryClient = useQueryClient();
  const view = useQuery(packageViewQuery(packageId));
  const opened = view.data?.status === 'open' ? view.data : null;
  // Finish and the package actions report here; the finish screen then shows in place of the package.
  const { outcome, report } = usePackageOutcome({ packageId, email, detail: opened?.detail ?? null, unlocked: opened?.unlocked ?? false });

  const backButton = (
    <button type="button" className="button button--ghost button--small back-button" onClick={() => onBack()}>
      <span aria-hidden="true">← </span>
      Back to packages
    </button>
  );

  // A failed refetch keeps the package on screen: only a first load that failed shows the error state.
  if (view.data === undefined && !view.isError) {
    return (
      <article className="package-view" aria-busy="true">
        {backButton}
        <p role="status" className="state state--loading">
          <Spinner />
          Loading package…
        </p>
      </article>
    );
  }
  if (view.data === undefined) {
    return (
      <article className="package-view">
        {backButton}
        <div className="state state--error">
          <p className="state-title">This package could not be opened</p>
          <p>The details are in the message that was shown.</p>
          <button type="button" className="button button--secondary" onClick={() => void view.refetch()}>
            Try again
          </button>
        </div>
      </article>
    );
  }
  if (view.data.status === 'locked') {
    return (
      <article className="package-view">
        {backButton}
        <p className="state">
          This package is protected. {view.data.need === 'otp' ? 'Ask for a one-time password by SMS to open it.' : 'Enter the document password to open it.'}
        </p>
        <ProtectedPrompt
          packageId={packageId}
          need={view.data.need}
          message={view.data.message}
          onOpened={(detail) => {
            const opened: PackageView = { status: 'open', detail, unlocked: true };
            queryClient.setQueryData(packageViewQuery(packageId).queryKey, opened);
          }}
          onCancel={() => onBack()}
        />
      </article>
    );
  }
  return (
    <OutcomeContext.Provider value={report}>
      {/* Hidden, not gone, while the finish screen shows: a failed Finish comes back to it as it was. */}
      <article className="package-view" hidden={outcome !== null}>
        <PackageSenderContext.Provider value={view.data.detail.ownerName}>
          <PackageWorkspace detail={view.data.detail} email={email} unlocked={view.data.unlocked} onBack={() => onBack()} />
        </PackageSenderContext.Provider>
      </article>
      {outcome !== null && <FinishScreen packageName={view.data.detail.name} outcome={outcome} onBack={() => onBack(true)} />}
    </OutcomeContext.Provider>
  );
}

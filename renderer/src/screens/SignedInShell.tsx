// The signed-in frame: header with the user and Sign out, the keychain warning, and the current screen.
import { lazy, Suspense, useState } from 'react';
import type { SessionInfo } from '../../../shared/contract';
import { signer } from '../api/bridge';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { DEFAULT_STATUS_FILTER } from '../text/format';
import { PackageListScreen } from './PackageListScreen';
import type { PackageListFilter } from './PackageListScreen';
import { Brand } from '../components/Brand';
import { KioskHeaderActions } from '../kiosk/KioskHeaderActions';

// The document view (pages, signing, signature pad) loads on first use, keeping start-up JS small.
const PackageScreen = lazy(() => import('./PackageScreen').then((m) => ({ default: m.PackageScreen })));

/** Props of the signed-in shell. */
export interface SignedInShellProps {
  session: SessionInfo;
  /** Called after sign-out, whether or not it succeeded: the user asked to leave. */
  onSignedOut: () => void;
}

/** Frames the package screens for a signed-in user. */
export function SignedInShell({ session, onSignedOut }: SignedInShellProps) {
  // The list's filter lives here so it survives opening a package and coming back.
  const [filter, setFilter] = useState<PackageListFilter>({ status: DEFAULT_STATUS_FILTER, search: '' });
  const [openPackageId, setOpenPackageId] = useState<number | null>(null);
  const [lastOpenedId, setLastOpenedId] = useState<number | null>(null);
  const [warningDismissed, setWarningDismissed] = useState(false);

  const signOut = useCommand(() => signer().signOut(), { errorTitle: 'Could not sign out cleanly' });
  const leave = async (): Promise<void> => {
    // Failed or not (a failure is reported), the user asked to leave; a second click (null) changes nothing.
    if ((await signOut.run(undefined)) !== null) onSignedOut();
  };

  const warning = !session.persisted && !warningDismissed ? session.keychainWarning : undefined;

  return (
    <div className="shell">
      <header className="app-header">
        <Brand />
        <div className="app-user">
          <span className="visually-hidden">Signed in as </span>
          <span className="user-email">{session.email}</span>
          <KioskHeaderActions />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => void leave()}
            disabled={signOut.pending}
            aria-busy={signOut.pending}
          >
            {signOut.pending && <Spinner />}
            Sign out
          </button>
        </div>
      </header>
      {warning !== undefined && warning !== '' && (
        <div role="status" className="banner banner--warning banner--page">
          <p>{warning}</p>
          <button type="button" className="button button--ghost button--small" onClick={() => setWarningDismissed(true)}>
            Dismiss
          </button>
        </div>
      )}
      <main className="content">
        {openPackageId === null ? (
          <PackageListScreen
            filter={filter}
            onFilterChange={setFilter}
            returnFocusTo={lastOpenedId}
            onOpen={(packageId) => {
              setOpenPackageId(packageId);
              setLastOpenedId(packageId);
            }}
          />
        ) : (
          // Keyed, so another package never inherits this one's state or its late answers.
          <Suspense
            fallback={
              <p role="status" className="state state--loading">
                <Spinner /> Loading package…
              </p>
            }
          >
            <PackageScreen
              key={openPackageId}
              packageId={openPackageId}
              email={session.email}
              onBack={(moved) => {
                setOpenPackageId(null);
                // A package that moved on has likely left the list: focus starts from the list's heading.
                if (moved === true) setLastOpenedId(null);
              }}
            />
          </Suspense>
        )}
      </main>
    </div>
  );
}

// The signed-in frame: header with the user and Sign out, the keychain warning, and the current screen.
import { useState } from 'react';
import type { SessionInfo } from '../../../main/ipc/contract';
import { signer } from '../bridge';
import { unwrap } from '../api/result';
import { useSingleFlight } from '../api/use-single-flight';
import { Spinner } from '../components/Spinner';
import { DEFAULT_STATUS_FILTER } from '../format';
import { PackageListScreen } from './PackageListScreen';
import type { PackageListFilter } from './PackageListScreen';
import { PackageScreen } from './PackageScreen';
import { Brand } from '../components/Brand';

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

  const signOut = useSingleFlight({
    mutationFn: () => unwrap(() => signer().signOut()),
    meta: { errorTitle: 'Could not sign out cleanly' },
    onSettled: onSignedOut,
  });

  const warning = !session.persisted && !warningDismissed ? session.keychainWarning : undefined;

  return (
    <div className="shell">
      <header className="app-header">
        <Brand />
        <div className="app-user">
          <span className="visually-hidden">Signed in as </span>
          <span className="user-email">{session.email}</span>
          <button type="button" className="button button--ghost button--small" onClick={() => signOut.run(undefined)} disabled={signOut.isPending} aria-busy={signOut.isPending}>
            {signOut.isPending && <Spinner />}
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
          <PackageScreen packageId={openPackageId} email={session.email} onBack={() => setOpenPackageId(null)} />
        )}
      </main>
    </div>
  );
}

// The app's root: the query client and the commands wired to the dialogs, start-up, and the switch between signed out and in.
import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { AppInfo, SessionInfo } from '../../shared/contract';
import type { ReportFailure } from './api/command';
import { FailureReportContext } from './api/failure-report';
import { USER_DATA_KEY, appInfoQuery, restoreSessionQuery } from './api/queries';
import { PACKAGES_KEY } from './list/package-list-query';
import { createQueryClient } from './api/query-client';
import { Spinner } from './components/Spinner';
import { useDialogs } from './dialogs/dialog-context';
import { KioskGate } from './kiosk/KioskGate';
import { SignInScreen } from './screens/SignInScreen';
import { SignedInShell } from './screens/SignedInShell';

// Used when getAppInfo fails: the user can still type a server and sign in.
const FALLBACK_APP_INFO: AppInfo = {
  serverUrl: '',
  clientId: '',
  hasClientSecret: false,
  apiVersion: 'v3',
  serverUrlLocked: false,
  clientLocked: false,
  clientSecretLocked: false,
  keychainUnavailable: false,
  kioskMode: false,
  idleTimeoutSeconds: 90,
};

/** Where the user is, once start-up has answered. */
type View = { name: 'signIn' } | { name: 'signedIn'; session: SessionInfo };

/** The root component; needs a DialogProvider above it. */
export function App() {
  const dialogs = useDialogs();
  const [view, setView] = useState<View | null>(null);
  const [{ client: queryClient, setReporter }] = useState(createQueryClient);

  /** Leaves the signed-in view and forgets the user's data, so the next person sees none of it. */
  const endSession = useCallback(() => {
    queryClient.removeQueries({ queryKey: USER_DATA_KEY });
    queryClient.removeQueries({ queryKey: PACKAGES_KEY });
    // Keychain state and a saved client secret may have changed meanwhile.
    void queryClient.invalidateQueries({ queryKey: appInfoQuery().queryKey });
    setView({ name: 'signIn' });
  }, [queryClient]);

  /** Every failed read and reported command goes here: an error dialog, and sign-in once an ended session is dismissed. */
  const report = useCallback<ReportFailure>(
    (title, error, note, extras) => dialogs.showError(title, error, { ...extras, note, onClose: error.sessionEnded === true ? endSession : undefined }),
    [dialogs, endSession],
  );

  useLayoutEffect(() => {
    setReporter(report);
  }, [report, setReporter]);

  return (
    <QueryClientProvider client={queryClient}>
      <FailureReportContext.Provider value={report}>
        <Screens view={view} onSignedIn={(session) => setView({ name: 'signedIn', session })} onSignedOut={endSession} />
      </FailureReportContext.Provider>
    </QueryClientProvider>
  );
}

/** Props of the screen switch. */
interface ScreensProps {
  /** Null until the user signs in or out: the restored session decides. */
  view: View | null;
  onSignedIn: (session: SessionInfo) => void;
  onSignedOut: () => void;
}

/** Starts up (app info and any remembered session), then shows sign-in or the signed-in shell. */
function Screens({ view, onSignedIn, onSignedOut }: ScreensProps) {
  const appInfo = useQuery(appInfoQuery());
  const restored = useQuery({ ...restoreSessionQuery(), enabled: view === null });
  const kioskMode = appInfo.data?.kioskMode === true;

  // Kiosk mode is for a touch screen anyone may walk up to: touch-sized controls everywhere (media.css).
  useEffect(() => {
    document.documentElement.toggleAttribute('data-kiosk', kioskMode);
  }, [kioskMode]);

  if (appInfo.isPending || (view === null && restored.isPending)) {
    return (
      <main className="starting">
        <p role="status" className="starting-status">
          <Spinner />
          Starting Desk Signer…
        </p>
      </main>
    );
  }

  const current: View = view ?? (restored.data ? { name: 'signedIn', session: restored.data } : { name: 'signIn' });
  if (current.name === 'signedIn') {
    return (
      <KioskGate kioskMode={kioskMode}>
        <SignedInShell session={current.session} onSignedOut={onSignedOut} />
      </KioskGate>
    );
  }
  return <SignInScreen appInfo={appInfo.data ?? FALLBACK_APP_INFO} onSignedIn={onSignedIn} />;
}

// The app's root: the query client wired to the dialogs, start-up, and the switch between signed out and in.
import { useCallback, useLayoutEffect, useState } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { AppInfo, SessionInfo } from '../../main/ipc/contract';
import { USER_DATA_KEY, appInfoQuery, restoreSessionQuery } from './api/queries';
import { PACKAGES_KEY } from './api/list-queries';
import { createQueryClient } from './api/query-client';
import { Spinner } from './components/Spinner';
import { useDialogs } from './dialogs/dialog-context';
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
  keychainUnavailable: false,
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
    queryClient.getMutationCache().clear();
    // Keychain state and a saved client secret may have changed meanwhile.
    void queryClient.invalidateQueries({ queryKey: appInfoQuery().queryKey });
    setView({ name: 'signIn' });
  }, [queryClient]);

  useLayoutEffect(() => {
    setReporter((title, error) =>
      dialogs.showError(title, error, error.sessionEnded === true ? { onClose: endSession } : undefined),
    );
  }, [dialogs, endSession, setReporter]);

  return (
    <QueryClientProvider client={queryClient}>
      <Screens
        view={view}
        onSignedIn={(session) => {
          // The sign-in's variables (the password) have no use once it is done.
          queryClient.getMutationCache().clear();
          setView({ name: 'signedIn', session });
        }}
        onSignedOut={endSession}
      />
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
    return <SignedInShell session={current.session} onSignedOut={onSignedOut} />;
  }
  return <SignInScreen appInfo={appInfo.data ?? FALLBACK_APP_INFO} onSignedIn={onSignedIn} />;
}

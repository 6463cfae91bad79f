// The walk-up signer's window: only their one field, from the hand-over bridge. No header, no list, no way
// out; the window closes when they sign, decline or walk away.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { HandOverInfo } from '../../../shared/hand-over-contract';
import { handOver } from '../api/bridge';
import type { ReportFailure } from '../api/command';
import { FailureReportContext } from '../api/failure-report';
import { useCommand } from '../api/use-command';
import { Spinner } from '../components/Spinner';
import { useDialogs } from '../dialogs/dialog-context';
import { InlineError } from '../dialogs/InlineError';
import { IdleWarning } from '../kiosk/IdleWarning';
import { useLongPoll } from '../kiosk/use-long-poll';
import { HandOverForm } from './HandOverForm';
import { HandOverPages } from './HandOverPages';
import { handOverTitle } from './hand-over-text';
import '../document/document.css';
import '../document/viewer.css';
import '../signing/signing.css';
import '../kiosk/kiosk.css';
import './hand-over.css';

/** The root of a hand-over window; needs a DialogProvider above it. */
export function HandOverApp() {
  const dialogs = useDialogs();
  // Its own cache, in its own window: it goes with the window.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }));
  const report = useCallback<ReportFailure>((title, error, note) => dialogs.showError(title, error, { note }), [dialogs]);

  // Touch-sized controls always: this window is for whoever walks up to the screen.
  useLayoutEffect(() => {
    document.documentElement.setAttribute('data-kiosk', '');
  }, []);

  return (
    <QueryClientProvider client={queryClient}>
      <FailureReportContext.Provider value={report}>
        <HandOverWindow />
      </FailureReportContext.Provider>
    </QueryClientProvider>
  );
}

/** Follows the hand-over (a long-poll) and shows the field, the idle warning, or how it ended. */
function HandOverWindow() {
  const poll = useLongPoll<HandOverInfo>((after) => handOver().getHandOver(after === undefined ? {} : { after }));
  const [ended, setEnded] = useState<'signed' | 'declined' | null>(null);
  const stillHere = useCommand(() => handOver().stillHere(), { errorTitle: 'Could not keep the screen open' });
  const info = poll.value;

  if (ended !== null) return <Ended outcome={ended} />;
  if (info === null) {
    return (
      <main className="hand-over hand-over--ended">
        {poll.error === null ? (
          <p role="status" className="starting-status">
            <Spinner />
            Opening the document…
          </p>
        ) : (
          <>
            <h1 className="kiosk-title">The document could not be opened</h1>
            <InlineError error={poll.error} note="Please hand the screen back." />
          </>
        )}
      </main>
    );
  }

  return (
    <main className="hand-over">
      <div className="hand-over-head">
        <h1 className="hand-over-title">{handOverTitle(info.role)}</h1>
        <p className="hand-over-document">{info.documentName}</p>
        {info.page > 0 && <p className="field-hint">Your signature goes on page {info.page}, where it is highlighted.</p>}
      </div>
      <HandOverPages info={info} />
      <div className="hand-over-side">
        <HandOverForm info={info} onEnded={setEnded} />
      </div>
      {info.idle.warning && (
        <IdleWarning secondsLeft={info.idle.secondsLeft} since={poll.receivedAt} pending={stillHere.pending} onMoreTime={() => void stillHere.run(undefined)} />
      )}
    </main>
  );
}

/** The last words before main closes the window. */
function Ended({ outcome }: { outcome: 'signed' | 'declined' }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <main className="hand-over hand-over--ended">
      <h1 ref={headingRef} tabIndex={-1} className="kiosk-title">
        {outcome === 'signed' ? 'Thank you. You have signed.' : 'You declined to sign.'}
      </h1>
      <p className="kiosk-status">Please hand the screen back.</p>
    </main>
  );
}

// Around the signed-in shell: follows the kiosk state (a long-poll) and puts the hand-over and host-lock screens,
// the host PIN dialog and the host's idle warning in front of the host's work.
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ApiError, FieldRef } from '../../../shared/contract';
import type { HostState } from '../../../shared/hand-over-contract';
import { signer } from '../api/bridge';
import { PACKAGE_LIST_KEY, packageViewKey } from '../api/document-queries';
import type { PackageView } from '../api/document-queries';
import { useReportFailure } from '../api/failure-report';
import { USER_DATA_KEY } from '../api/queries';
import { useCommand } from '../api/use-command';
import { PACKAGES_KEY } from '../list/package-list-query';
import type { StartHandOver } from '../signing/use-start-hand-over';
import { ChoosePinDialog } from './ChoosePinDialog';
import type { PinChoice } from './ChoosePinDialog';
import { HandingOverScreen } from './HandingOverScreen';
import { HostLockScreen } from './HostLockScreen';
import { IdleWarning } from './IdleWarning';
import { KioskContext } from './kiosk-context';
import { gateStep, isWiped } from './gate-step';
import { useLongPoll } from './use-long-poll';
import './kiosk.css';

/** Props of the gate. */
export interface KioskGateProps {
  kioskMode: boolean;
  children: ReactNode;
}

/** Shows the host's work while the kiosk state is open, and the kiosk screens otherwise. */
export function KioskGate({ kioskMode, children }: KioskGateProps) {
  const queryClient = useQueryClient();
  const report = useReportFailure();
  const reported = useRef(false);
  const poll = useLongPoll<HostState>(
    (after) => signer().getHostState(after === undefined ? {} : { after }),
    (error: ApiError) => {
      // Other failures are retried quietly; an ended session goes back to sign-in, once.
      if (error.sessionEnded !== true || reported.current) return;
      reported.current = true;
      report('Could not read the kiosk state', error);
    },
  );
  const state = poll.value;
  const phase = state?.phase ?? 'open';
  // The host chose the password for this session, or set a PIN the state does not show yet.
  const [skipped, setSkipped] = useState(false);
  const [pinChosen, setPinChosen] = useState(false);
  const [kioskPromptDone, setKioskPromptDone] = useState(false);
  const [pinAsk, setPinAsk] = useState<{ resolve: (choice: PinChoice) => void } | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const lastLock = useRef<HostState | null>(null);
  const start = useCommand((ref: FieldRef) => signer().startHandOver(ref), { errorTitle: 'Could not start in-person signing' });
  const stillHere = useCommand(() => signer().stillHereHost(), { errorTitle: 'Could not keep the screen open' });
  const latest = useRef({ state, skipped, pinChosen });
  useEffect(() => {
    latest.current = { state, skipped, pinChosen };
  });

  // An idle lock in kiosk mode wipes the host's screen: nothing of it stays behind the lock, and the list comes back.
  const wiped = isWiped(state, kioskMode);

  useEffect(() => {
    if (state === null) return;
    const step = gateStep(lastLock.current, state, kioskMode);
    lastLock.current = state.phase === 'locked' ? state : state.phase === 'open' ? null : lastLock.current;
    if (step.do === 'wipe') {
      queryClient.removeQueries({ queryKey: USER_DATA_KEY });
      queryClient.removeQueries({ queryKey: PACKAGES_KEY });
    }
    if (step.do !== 'return') return;
    if (step.refreshPackageId !== null) refreshPackage(queryClient, step.refreshPackageId);
    if (trigger.current?.isConnected === true) trigger.current.focus();
    trigger.current = null;
  }, [state, kioskMode, queryClient]);

  const startHandOver: StartHandOver = async (ref, from) => {
    const now = latest.current;
    if (now.state?.hasPin !== true && !now.skipped && !now.pinChosen) {
      const choice = await new Promise<PinChoice>((resolve) => setPinAsk({ resolve }));
      if (choice === 'cancel') return;
    }
    trigger.current = from;
    await start.run(ref);
  };

  const pinDone = (choice: PinChoice): void => {
    if (choice === 'set') setPinChosen(true);
    if (choice === 'password') setSkipped(true);
    setKioskPromptDone(true);
    pinAsk?.resolve(choice);
    setPinAsk(null);
  };

  // In kiosk mode the PIN is asked for right after sign-in; elsewhere before the first hand-over.
  const kioskPinDue = kioskMode && state !== null && phase === 'open' && !state.hasPin && !skipped && !pinChosen && !kioskPromptDone;
  const idle = state?.idle;

  return (
    <KioskContext.Provider value={{ kioskMode, startHandOver }}>
      {phase === 'handing_over' && <HandingOverScreen role={state?.signerRole} />}
      {phase === 'locked' && state !== null && <HostLockScreen state={state} />}
      {!wiped && (
        <div className="kiosk-gate-content" hidden={phase !== 'open'}>
          {children}
        </div>
      )}
      {(pinAsk !== null || kioskPinDue) && <ChoosePinDialog onDone={pinDone} />}
      {kioskMode && phase === 'open' && idle?.warning === true && (
        <IdleWarning secondsLeft={idle.secondsLeft} since={poll.receivedAt} pending={stillHere.pending} onMoreTime={() => void stillHere.run(undefined)} />
      )}
    </KioskContext.Provider>
  );
}

/** Reads again what a hand-over changed: the package's fields, pages and status, and the list. */
function refreshPackage(queryClient: QueryClient, packageId: number): void {
  void queryClient.invalidateQueries({ queryKey: [...USER_DATA_KEY, 'fields', packageId] });
  void queryClient.invalidateQueries({ queryKey: [...USER_DATA_KEY, 'page-image', packageId] });
  void queryClient.invalidateQueries({ queryKey: PACKAGE_LIST_KEY });
  const view = queryClient.getQueryData<PackageView>(packageViewKey(packageId));
  // A protected package would ask for its code again: its view stays as it was.
  if (!(view?.status === 'open' && view.unlocked)) void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId) });
}

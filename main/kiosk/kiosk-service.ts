// The kiosk: the host lock, the one live hand-over, the idle clock and the audit record. The host's
// tokens stay in the session service; a hand-over window only ever hears about its own field.
import type { FieldRef, InputOf, PageImage } from '../../shared/contract.js';
import type { HandOverContract, HandOverEnd, HandOverInfo, HostPhase, HostState } from '../../shared/hand-over-contract.js';
import type { AppConfig } from '../config/app-config.js';
import type { Desktop } from '../desktop.js';
import type { SessionService } from '../session/session-service.js';
import { ApiFailure } from '../signinghub/api-failure.js';
import { AUDIT_OUTCOMES, type AuditLog } from './audit-log.js';
import { exportAuditCsv } from './audit-csv.js';
import { readFields, readWorkflow } from './field-reads.js';
import { signWalkUp } from './hand-over-sign.js';
import { handOverInfo, newHandOver, type HandOver } from './hand-over.js';
import { HostPin } from './host-pin.js';
import { IdleClock } from './idle-clock.js';
import { SYSTEM_CLOCK, type KioskClock } from './kiosk-clock.js';
import { ALREADY_HANDING_OVER, ENDED_SCREEN_MS, HAND_OVER_ENDED, HANDING_OVER_MESSAGE, LOCKED_MESSAGE } from './kiosk-messages.js';
import { StateWatch } from './state-watch.js';

/** What the kiosk service is built from. */
export interface KioskDeps {
  config: Pick<AppConfig, 'kioskMode' | 'idleTimeoutSeconds'>;
  session: SessionService;
  auditLog: AuditLog;
  /** Absent where no desktop host runs (unit tests): hand-overs, export and quit then say so. */
  desktop?: Desktop;
  clock?: KioskClock;
}

const forbidden = (message: string): ApiFailure => new ApiFailure({ kind: 'forbidden', message });

const NO_DESKTOP = 'In-person signing needs the Desk Signer window.';
const SIGNING_NOW = 'The signature is already being sent.';

/** Main's kiosk state and every kiosk and hand-over call. */
export class KioskService {
  private phase: HostPhase = 'open';
  private lockReason: HostState['lockReason'];
  private signerRole: string | undefined;
  private packageId: number | undefined;
  private live: HandOver | null = null;
  private starting = false;
  private signing = false;
  private readonly pin = new HostPin();
  private readonly watch: StateWatch;
  private readonly idle: IdleClock;
  private readonly clock: KioskClock;

  constructor(private readonly deps: KioskDeps) {
    this.clock = deps.clock ?? SYSTEM_CLOCK;
    const started = this.clock.now();
    this.watch = new StateWatch(this.clock);
    this.idle = new IdleClock({
      clock: this.clock,
      // No desktop host, no input seen: idle is the time since the service started.
      idleSeconds: () => (deps.desktop ? deps.desktop.idleSeconds() : (this.clock.now() - started) / 1000),
      timeoutSeconds: deps.config.idleTimeoutSeconds,
      // A signature in flight is never wiped under the signer.
      watching: () => !this.signing && (this.live !== null || (deps.config.kioskMode && this.phase === 'open' && deps.session.isSignedIn())),
      onWarningChange: () => this.watch.bump(),
      onWipe: () => void this.wipe(),
    });
    deps.session.onSignedOut(() => void this.reset());
  }

  /** The state the host's window shows; long-polls while `after` is the current version. */
  async hostState(after?: number): Promise<HostState> {
    await this.watch.wait(after);
    return {
      version: this.watch.version,
      phase: this.phase,
      ...(this.lockReason ? { lockReason: this.lockReason } : {}),
      ...(this.signerRole === undefined ? {} : { signerRole: this.signerRole }),
      ...(this.packageId === undefined ? {} : { packageId: this.packageId }),
      hasPin: this.pin.isSet,
      pinTriesLeft: this.pin.triesLeft,
      idle: this.idle.state,
    };
  }

  /** Throws unless the host's screen is open: host calls other than the lock's own are refused otherwise. */
  assertOpen(): void {
    if (this.phase === 'locked') throw forbidden(LOCKED_MESSAGE);
    if (this.phase === 'handing_over') throw forbidden(HANDING_OVER_MESSAGE);
  }

  /** Chooses the session's host PIN. */
  async setHostPin(pin: string): Promise<null> {
    this.deps.session.signedIn();
    this.assertOpen();
    await this.pin.set(pin);
    this.watch.bump();
    return null;
  }

  /** Hands one in-person field to a walk-up signer: checks it, opens the hand-over window, locks this one. */
  async startHandOver(ref: FieldRef): Promise<null> {
    const { session, desktop } = this.deps;
    const { serverUrl, email } = session.signedIn();
    if (this.live || this.starting) throw forbidden(ALREADY_HANDING_OVER);
    this.assertOpen();
    if (!desktop) throw new ApiFailure({ kind: 'server', message: NO_DESKTOP });
    this.starting = true;
    try {
      const detail = await readWorkflow(session, ref.packageId);
      const pages = detail.documents.find((d) => d.id === ref.documentId)?.pages ?? 1;
      const handOver = newHandOver(serverUrl, email, detail, await readFields(session, ref.packageId, ref.documentId, pages), ref);
      this.live = handOver;
      this.setPhase('handing_over', undefined, handOver);
      this.idle.touch();
      try {
        await desktop.handOverWindows.open(handOver.id);
      } catch {
        if (this.live === handOver) {
          this.live = null;
          this.setPhase('open', undefined, handOver);
        }
        throw new ApiFailure({ kind: 'server', message: 'The in-person signing window could not be opened. Please try again.' });
      }
    } finally {
      this.starting = false;
    }
    return null;
  }

  /** The hand-over window's facts; long-polls while `after` is the current version. */
  async handOver(id: string, after?: number): Promise<HandOverInfo> {
    this.requireLive(id);
    await this.watch.wait(after);
    return handOverInfo(this.requireLive(id), this.watch.version, this.idle.state);
  }

  /** A page of the hand-over's one document. */
  async handOverPage(id: string, { page, width, height }: HandOverContract['getHandOverPage']['input']): Promise<PageImage> {
    const handOver = this.requireLive(id);
    if (page > handOver.pages) throw new ApiFailure({ kind: 'not_found', message: 'That page is not in this document.' });
    const { session } = this.deps;
    const image = await session.api().pageImage(handOver.packageId, handOver.documentId, page, width, height, session.documentAccess(handOver.packageId));
    return { dataUrl: `data:image/png;base64,${image.png.toString('base64')}`, width: image.width, height: image.height };
  }

  /** Texts the field's code to the walk-up signer's number. Never retried. */
  async sendHandOverCode(id: string): Promise<null> {
    const handOver = this.requireLive(id);
    await this.deps.session.api().requestOtp(handOver.packageId, handOver.documentId, handOver.fieldName);
    return null;
  }

  /** Signs as the walk-up signer; success ends the hand-over, a refusal (a code needed, a wrong code) keeps it open. */
  async signHandOver(id: string, input: HandOverContract['signHandOver']['input']): Promise<null> {
    const handOver = this.requireLive(id);
    if (this.signing) throw forbidden(SIGNING_NOW);
    this.signing = true;
    try {
      await signWalkUp(this.deps.session, handOver, input);
    } catch (error) {
      // A refusal (a code needed, a wrong code) keeps the hand-over open; an ended host session ends it.
      if (error instanceof ApiFailure && error.error.sessionEnded) await this.end(handOver, 'failed');
      throw error;
    } finally {
      this.signing = false;
    }
    await this.end(handOver, 'signed');
    return null;
  }

  /** Ends the hand-over without signing. */
  async declineHandOver(id: string): Promise<null> {
    const handOver = this.requireLive(id);
    if (this.signing) throw forbidden(SIGNING_NOW);
    await this.end(handOver, 'declined');
    return null;
  }

  /** "I need more time" from the hand-over window. */
  stillHere(id: string): null {
    this.requireLive(id);
    this.idle.touch();
    return null;
  }

  /** "I need more time" on the host's screen. */
  stillHereHost(): null {
    this.idle.touch();
    return null;
  }

  /** Unlocks for the host: their PIN, or their password as the server checks it. */
  async unlockHost(input: InputOf<'unlockHost'>): Promise<null> {
    this.deps.session.signedIn();
    if (this.phase === 'handing_over') throw forbidden(HANDING_OVER_MESSAGE);
    if (this.phase === 'open') return null;
    if ('pin' in input) {
      try {
        await this.pin.check(input.pin);
      } catch (error) {
        this.watch.bump();
        throw error;
      }
    } else {
      await this.deps.session.verifyPassword(input.password);
      this.pin.resetTries();
    }
    this.setPhase('open');
    this.idle.touch();
    return null;
  }

  /** Locks the host's screen now. */
  lockHost(): null {
    this.deps.session.signedIn();
    if (this.phase === 'handing_over') throw forbidden(HANDING_OVER_MESSAGE);
    if (this.phase === 'open') this.setPhase('locked', 'host');
    return null;
  }

  /** Saves the audit record as CSV where the host chooses; null when cancelled. */
  async exportAuditRecord(): Promise<{ path: string } | null> {
    this.deps.session.signedIn();
    this.assertOpen();
    const { desktop, auditLog } = this.deps;
    if (!desktop) throw new ApiFailure({ kind: 'server', message: NO_DESKTOP });
    return exportAuditCsv(desktop, auditLog, new Date(this.clock.now()));
  }

  /** Quits the app; in kiosk mode only for the signed-in, unlocked host. */
  quitApp(): null {
    if (this.deps.config.kioskMode) {
      if (!this.deps.session.isSignedIn()) throw forbidden('Only the signed-in host can quit Desk Signer.');
      this.assertOpen();
    }
    this.deps.desktop?.quit();
    return null;
  }

  /** Stops the idle clock and answers every long-poll (shutdown, tests). */
  /** For the updater: whether the host's screen is locked and a walk-up signer has a window. */
  installFacts(): { hostLocked: boolean; handOverOpen: boolean } {
    return { hostLocked: this.phase === 'locked', handOverOpen: this.live !== null };
  }

  dispose(): void {
    this.idle.dispose();
    this.watch.release();
  }

  private requireLive(id: string): HandOver {
    if (!this.live || this.live.id !== id) throw forbidden(HAND_OVER_ENDED);
    return this.live;
  }

  private setPhase(phase: HostPhase, lockReason?: HostState['lockReason'], handOver?: HandOver): void {
    this.phase = phase;
    this.lockReason = lockReason;
    if (handOver) {
      this.signerRole = handOver.role;
      this.packageId = handOver.packageId;
    }
    this.watch.bump();
  }

  /**
   * Ends the hand-over: forgets it, locks the host's screen and records it, then closes its window. The
   * window closes after the answer has gone back, and after ENDED_SCREEN_MS when the signer signed or
   * declined, so they read that it worked; an abandoned one closes at once.
   */
  private async end(handOver: HandOver, outcome: HandOverEnd): Promise<void> {
    if (this.live !== handOver) return;
    this.live = null;
    this.setPhase('locked', outcome, handOver);
    const recorded = AUDIT_OUTCOMES.find((o) => o === outcome);
    const { auditLog, desktop } = this.deps;
    if (desktop) {
      const close = () => void desktop.handOverWindows.close(handOver.id).catch(() => undefined);
      this.clock.after(outcome === 'signed' || outcome === 'declined' ? ENDED_SCREEN_MS : 0, close);
    }
    if (recorded) {
      const { serverUrl, packageId, packageName, documentId, fieldName } = handOver;
      const time = new Date(this.clock.now()).toISOString();
      // A signature that went through stays reported as done, whatever happens to the record.
      await auditLog.append({ time, serverUrl, packageId, packageName, documentId, fieldName, outcome: recorded }).catch(() => undefined);
    }
  }

  private async wipe(): Promise<void> {
    if (this.live) await this.end(this.live, 'timed_out');
    else if (this.phase === 'open') this.setPhase('locked', 'idle');
  }

  /** Sign-out or an ended session: drop the hand-over, the PIN and the lock. */
  private async reset(): Promise<void> {
    const handOver = this.live;
    this.live = null;
    this.pin.clear();
    this.signerRole = undefined;
    this.packageId = undefined;
    this.setPhase('open');
    if (handOver) await this.deps.desktop?.handOverWindows.close(handOver.id).catch(() => undefined);
  }
}

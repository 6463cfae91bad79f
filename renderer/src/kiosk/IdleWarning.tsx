// The idle warning (WCAG 2.2.1): a countdown to the wipe, and "I need more time", which restarts the idle clock.
import { useId, useRef } from 'react';
import { Spinner } from '../components/Spinner';
import { Modal } from '../dialogs/Modal';
import { IDLE_WARNING_TITLE, idleWarningText } from './kiosk-text';
import { useCountdown } from './use-countdown';

/** Props of the idle warning. */
export interface IdleWarningProps {
  /** The seconds left when the warning arrived, and when it arrived (ms). */
  secondsLeft: number;
  since: number;
  pending: boolean;
  onMoreTime: () => void;
}

/** An alert dialog that counts down to the wipe; Escape, like its button, asks for more time. */
export function IdleWarning({ secondsLeft, since, pending, onMoreTime }: IdleWarningProps) {
  const textId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const left = useCountdown(secondsLeft, since);
  return (
    <Modal title={IDLE_WARNING_TITLE} role="alertdialog" describedBy={textId} initialFocus={buttonRef} onCancel={onMoreTime}>
      <p id={textId} className="dialog-message">
        {idleWarningText(left)}
      </p>
      <div className="dialog-actions">
        <button ref={buttonRef} type="button" className="button button--primary" aria-busy={pending} onClick={onMoreTime}>
          {pending && <Spinner />}I need more time
        </button>
      </div>
    </Modal>
  );
}

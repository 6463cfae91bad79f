// Shown in place of the package once the user's part is done: Finish running, then what they did, what happens
// next, and the way back to the list.
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { Spinner } from '../components/Spinner';
import { nextStepText, outcomeDetail, outcomeHeading } from '../signing/outcome-text';
import type { PackageOutcome } from '../signing/use-package-outcome';
import './finish-screen.css';

/** Props of the finish screen. */
export interface FinishScreenProps {
  packageName: string;
  outcome: PackageOutcome;
  onBack: () => void;
  /** An action beside "Back to packages", e.g. saving a signed copy; nothing is shown without one. */
  saveCopy?: ReactNode;
}

/** The finish screen: "Finishing…" while Finish runs, then a success state whose heading takes focus. */
export function FinishScreen({ packageName, outcome, onBack, saveCopy }: FinishScreenProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A new heading for each phase: focusing it says where the user is, and Tab goes on to the actions. A dialog
  // still open over the screen (e.g. "Signature approved") keeps focus until it closes; its opener went out of sight.
  useEffect(() => {
    const heading = headingRef.current;
    if (heading === null) return;
    const place = (): void => {
      if (document.querySelector('dialog[open]') !== null) return;
      const active = document.activeElement;
      if (active === null || active === document.body || active.closest('[hidden]') !== null) heading.focus();
      if (document.activeElement === heading) observer.disconnect();
    };
    const observer = new MutationObserver(place);
    observer.observe(document.body, { childList: true, subtree: true });
    place();
    return () => observer.disconnect();
  }, [outcome.phase]);

  if (outcome.phase === 'finishing') {
    return (
      <article className="finish-screen" aria-busy="true">
        {/* Leaving while Finish runs is allowed: its late answer no longer touches the screen. */}
        <button type="button" className="button button--ghost button--small back-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          Back to packages
        </button>
        <h1 key="finishing" ref={headingRef} tabIndex={-1} className="package-title">
          {packageName}
        </h1>
        <p role="status" className="state state--loading">
          <Spinner />
          Finishing…
        </p>
      </article>
    );
  }

  const { step, next, checked } = outcome;
  const detail = outcomeDetail(step);
  return (
    <article className="finish-screen" aria-labelledby="finish-heading">
      <h1 key="done" id="finish-heading" ref={headingRef} tabIndex={-1} className="finish-title">
        <span aria-hidden="true" className="finish-mark">
          ✓
        </span>{' '}
        {outcomeHeading(step, packageName)}
      </h1>
      {detail !== '' && <p>{detail}</p>}
      <section className="finish-next" aria-labelledby="finish-next-heading">
        <h2 id="finish-next-heading">What happens next</h2>
        <div role="status">
          {next === 'checking' && <p>Checking who is next…</p>}
          {next === 'unknown' && <p>Desk Signer could not read the package again: the package list shows where it stands.</p>}
          {typeof next === 'object' && nextStepText(next).map((sentence) => <p key={sentence}>{sentence}</p>)}
          {typeof next === 'object' && !checked && (
            <p className="muted">Worked out from the package as it was before; the package list shows where it stands now.</p>
          )}
        </div>
      </section>
      <div className="finish-actions">
        <button type="button" className="button button--primary" onClick={onBack}>
          Back to packages
        </button>
        {saveCopy}
      </div>
    </article>
  );
}

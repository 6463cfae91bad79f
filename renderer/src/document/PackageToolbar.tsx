// The package's action bar: the one guided action (Start, Next field with shortcut N, Finish package), the count, and the role's actions.
import type { PackageAction } from './my-role';
import type { GuidedStep } from './guided';
import { Spinner } from '../components/Spinner';

/** Props of the toolbar. */
export interface PackageToolbarProps {
  actions: readonly PackageAction[];
  /** Which guided action the primary button is. */
  step: GuidedStep;
  /** "2 of 5 left", or '' when I have no fields of my own. */
  countLabel: string;
  finishing: boolean;
  onNext: () => void;
  onFinish: () => void;
  onAction: (action: PackageAction, trigger: HTMLElement) => void;
}

const ACTION_LABELS: Record<PackageAction, string> = { approve: 'Approve', submit: 'Submit', decline: 'Decline' };

/** The row of package-level buttons, the guided action first. */
export function PackageToolbar({ actions, step, countLabel, finishing, onNext, onFinish, onAction }: PackageToolbarProps) {
  return (
    <div className="package-toolbar" role="group" aria-label="Package actions">
      {step === 'finish' ? (
        <button type="button" className="button button--primary" disabled={finishing} aria-busy={finishing} onClick={onFinish}>
          {finishing && <Spinner />}
          Finish package
        </button>
      ) : (
        <button
          type="button"
          className={`button ${step === 'start' ? 'button--primary' : 'button--secondary'} guided-next`}
          aria-keyshortcuts="n"
          onClick={onNext}
        >
          {step === 'start' ? 'Start' : 'Next field'}
          <kbd className="shortcut" aria-hidden="true">
            N
          </kbd>
        </button>
      )}
      {/* Always present, so the count is announced as it goes down. */}
      <p className="work-count" role="status">
        {countLabel}
      </p>
      <span className="toolbar-spacer" />
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`button ${action === 'decline' ? 'button--danger-outline' : 'button--secondary'}`}
          onClick={(event) => onAction(action, event.currentTarget)}
        >
          {ACTION_LABELS[action]}
        </button>
      ))}
    </div>
  );
}

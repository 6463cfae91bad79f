// The package toolbar: Next field (shortcut N), Finish when everything of mine is done, and the role's actions.
import type { PackageAction } from './my-role';
import { Spinner } from '../components/Spinner';

/** Props of the toolbar. */
export interface PackageToolbarProps {
  actions: readonly PackageAction[];
  showFinish: boolean;
  finishing: boolean;
  onNext: () => void;
  onFinish: () => void;
  onAction: (action: PackageAction, trigger: HTMLElement) => void;
}

const ACTION_LABELS: Record<PackageAction, string> = { approve: 'Approve', submit: 'Submit', decline: 'Decline' };

/** The row of package-level buttons. */
export function PackageToolbar({ actions, showFinish, finishing, onNext, onFinish, onAction }: PackageToolbarProps) {
  return (
    <div className="package-toolbar" role="group" aria-label="Package actions">
      <button type="button" className="button button--secondary" aria-keyshortcuts="n" onClick={onNext}>
        Next field
        <kbd className="shortcut" aria-hidden="true">
          N
        </kbd>
      </button>
      {showFinish && (
        <button type="button" className="button button--primary" disabled={finishing} aria-busy={finishing} onClick={onFinish}>
          {finishing && <Spinner />}
          Finish package
        </button>
      )}
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

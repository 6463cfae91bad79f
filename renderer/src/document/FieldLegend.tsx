// The key to the field colours on the pages, each with its icon, so colour is never the only cue.
import { FieldStateIcon } from './FieldStateIcon';
import type { FieldState } from './field-state';

const ENTRIES: readonly { state: FieldState; text: string }[] = [
  { state: 'todo', text: 'Yours to do' },
  { state: 'others', text: 'For someone else' },
  { state: 'done', text: 'Done' },
  { state: 'view', text: 'View only' },
];

/** A one-line legend of field states. */
export function FieldLegend() {
  return (
    <ul className="field-legend" aria-label="Field colours on the pages">
      {ENTRIES.map((entry) => (
        <li key={entry.state}>
          <span className={`legend-swatch field-mark--${entry.state}`} aria-hidden="true">
            <FieldStateIcon state={entry.state} />
          </span>
          {entry.text}
        </li>
      ))}
    </ul>
  );
}

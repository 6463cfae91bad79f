// A status shown as a coloured pill; the colour follows the status, the text says it.
import { statusLabel } from '../text/format';

// Statuses whose meaning a colour can reinforce; anything else stays neutral.
const TONES: Record<string, string> = {
  SIGNED: 'success',
  COMPLETED: 'success',
  DONE: 'success',
  DECLINED: 'danger',
  PENDING: 'attention',
  INPROGRESS: 'info',
  IN_PROGRESS: 'info',
  'TO DO': 'attention',
};

/** A pill for a raw status ("INPROGRESS") or a ready label ("To do"). */
export function StatusBadge({ status, label }: { status: string; label?: string }) {
  const tone = TONES[status.trim().toUpperCase()] ?? 'neutral';
  return <span className={`badge badge--${tone}`}>{label ?? statusLabel(status)}</span>;
}

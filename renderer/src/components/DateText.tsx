// A date cell: the formatted date in a <time>, or a dash that reads as "Unknown".
import { formatDateTime } from '../text/format';

/** Shows an ISO date in the user's locale; a missing or unreadable date reads "Unknown". */
export function DateText({ iso }: { iso: string | null }) {
  const text = formatDateTime(iso);
  if (iso === null || text === null) {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Unknown</span>
      </>
    );
  }
  return <time dateTime={iso}>{text}</time>;
}

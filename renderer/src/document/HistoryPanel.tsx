// The package's history: time, who, what, a page at a time (v4 pages it on the server).
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { historyQuery } from '../api/evidence-queries';
import { DateText } from '../components/DateText';
import { Spinner } from '../components/Spinner';
import { LoadFailure } from './LoadFailure';
import { humanize } from '../text/format';
import './verification.css';

/** Entries per page. */
export const HISTORY_PAGE_SIZE = 20;

/** The history list with Previous and Next when it has more than one page. */
export function HistoryPanel({ packageId }: { packageId: number }) {
  const [page, setPage] = useState(1);
  const query = useQuery(historyQuery(packageId, page, HISTORY_PAGE_SIZE));
  if (query.isPending) {
    return (
      <p role="status">
        <Spinner />
        Loading the history…
      </p>
    );
  }
  if (query.data?.ok !== true) {
    const error = query.data?.ok === false ? query.data.error : null;
    return <LoadFailure title="The history could not be loaded" error={error} retryLabel="Try again" onRetry={() => void query.refetch()} />;
  }
  const { items, total } = query.data.value;
  const pages = Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE));
  if (items.length === 0) return <p className="muted">Nothing has happened to this package yet.</p>;
  return (
    <div className="history-panel">
      <table className="history-table">
        <caption className="visually-hidden">Package history</caption>
        <thead>
          <tr>
            {['Time', 'Who', 'What'].map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((entry, index) => (
            <tr key={`${page}-${index}`}>
              <td>
                <DateText iso={entry.at} />
              </td>
              <td>{entry.who || entry.email || '—'}</td>
              <td>
                {entry.action === '' ? '' : humanize(entry.action)}
                {entry.information !== '' && <span className="muted"> ({entry.information})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav className="history-pager" aria-label="History pages">
          <button type="button" className="button button--ghost button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" className="button button--ghost button--small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}

// The package's details, recipients and history, below the document in disclosures that remember whether they are open.
import type { PackageDetail } from '../../../shared/contract';
import { StatusBadge } from '../components/StatusBadge';
import { HistoryPanel } from '../document/HistoryPanel';
import { RecipientsPanel } from '../document/RecipientsPanel';
import { useStoredOpen } from '../document/use-stored-open';
import { statusLabel } from '../text/format';

/** Props of the details. */
export interface PackageDetailsProps {
  detail: PackageDetail;
  email: string;
}

/** Status, owner and workflow, then the recipients, each in a native disclosure. */
export function PackageDetails({ detail, email }: PackageDetailsProps) {
  const [detailsOpen, setDetailsOpen] = useStoredOpen('details', true);
  const [recipientsOpen, setRecipientsOpen] = useStoredOpen('recipients', true);
  const [historyOpen, setHistoryOpen] = useStoredOpen('history', false);
  return (
    <div className="package-details">
      <details className="disclosure" open={detailsOpen} onToggle={(event) => setDetailsOpen(event.currentTarget.open)}>
        <summary>Details</summary>
        <dl className="package-meta">
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={detail.status} />
            </dd>
          </div>
          <div>
            <dt>Owner</dt>
            <dd>{detail.ownerName === '' ? '—' : detail.ownerName}</dd>
          </div>
          {detail.workflowType !== '' && (
            <div>
              <dt>Workflow</dt>
              <dd>{statusLabel(detail.workflowType)}</dd>
            </div>
          )}
        </dl>
      </details>
      <details className="disclosure" open={recipientsOpen} onToggle={(event) => setRecipientsOpen(event.currentTarget.open)}>
        <summary>Recipients</summary>
        <RecipientsPanel users={detail.users} email={email} workflowType={detail.workflowType} />
      </details>
      <details className="disclosure" open={historyOpen} onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
        <summary>History</summary>
        {/* Loaded only when opened: the history is one more request that most visits do not need. */}
        {historyOpen && <HistoryPanel packageId={detail.id} />}
      </details>
    </div>
  );
}

// The signatures on one document as the server verified them: a list, each entry with its status in
// words (an icon only repeats it), its signer, time, reason, location, certificate and timestamp.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary } from '../../../shared/contract';
import type { SignatureVerification } from '../../../shared/evidence-contract';
import { verificationQuery } from '../api/evidence-queries';
import { DateText } from '../components/DateText';
import { ServerText } from '../components/ServerText';
import { Spinner } from '../components/Spinner';
import { LoadFailure } from './LoadFailure';
import './verification.css';

/** Props of the panel. */
export interface VerificationPanelProps {
  packageId: number;
  document: DocumentSummary;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** One term and its value; an empty value reads "None". */
function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children === '' ? 'None' : children}</dd>
    </div>
  );
}

/** One verified signature. */
function SignatureEntry({ entry }: { entry: SignatureVerification }) {
  const headingId = useId();
  return (
    <li className={`verification verification--${entry.valid ? 'valid' : 'invalid'}`} aria-labelledby={headingId}>
      <h5 id={headingId} className="verification-title">
        <span className="verification-icon" aria-hidden="true">
          {entry.valid ? '✓' : '✗'}
        </span>
        {entry.valid ? 'Valid' : 'Invalid'} signature by {entry.signerName || 'an unknown signer'}
        <span className="verification-field"> ({entry.fieldName})</span>
      </h5>
      {!entry.valid && entry.errorMessage !== '' && (
        <p className="verification-error">
          <ServerText text={entry.errorMessage} label="Why, from the server:" />
        </p>
      )}
      <dl className="verification-details">
        <Row term="Status">{entry.status || 'Unknown'}</Row>
        <Row term="Signed">
          <DateText iso={entry.signingTime} />
        </Row>
        <Row term="Reason">{entry.reason}</Row>
        <Row term="Location">{entry.location}</Row>
        <Row term="Certificate subject">{entry.subject}</Row>
        <Row term="Certificate issuer">{entry.issuer}</Row>
        <Row term="Certificate valid">
          <DateText iso={entry.certValidFrom} /> to <DateText iso={entry.certValidTo} />
        </Row>
        <Row term="Timestamp">
          {entry.timestampAuthority === '' ? (
            'None'
          ) : (
            <>
              {entry.timestampAuthority}, <DateText iso={entry.timestampAt} />
            </>
          )}
        </Row>
        <Row term="Long-term validation (LTV)">{yesNo(entry.ltv)}</Row>
        <Row term="Qualified">{yesNo(entry.qualified)}</Row>
        <Row term="Certified">{yesNo(entry.certified)}</Row>
      </dl>
    </li>
  );
}

/** The document's signatures, refreshed after each signature (the signing flow marks them stale). */
export function VerificationPanel({ packageId, document }: VerificationPanelProps) {
  const headingId = useId();
  const query = useQuery(verificationQuery(packageId, document.id));
  const entries = query.data?.ok === true ? query.data.value : [];
  const invalid = entries.filter((entry) => !entry.valid).length;
  return (
    <section className="verification-panel" aria-labelledby={headingId}>
      {/* Named "Signatures" only: inside the document's region, its name must not repeat the document's. */}
      <h4 id={headingId}>Signatures</h4>
      {query.isPending ? (
        <p role="status">
          <Spinner />
          Checking the signatures…
        </p>
      ) : query.data?.ok === false ? (
        <LoadFailure title="The signatures could not be checked" error={query.data.error} retryLabel="Check again" onRetry={() => void query.refetch()} />
      ) : entries.length === 0 ? (
        <p className="muted">No one has signed this document yet.</p>
      ) : (
        <>
          <p className={invalid > 0 ? 'verification-summary verification-summary--invalid' : 'verification-summary'}>
            {entries.length} {entries.length === 1 ? 'signature' : 'signatures'}, {invalid === 0 ? 'all valid' : `${invalid} invalid`}.
          </p>
          <ul className="verification-list">
            {entries.map((entry) => (
              <SignatureEntry key={entry.fieldName} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

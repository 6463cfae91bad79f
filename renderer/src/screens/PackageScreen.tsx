// One package opened for work: its status, recipients, and each document with its fields.
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { packageQuery } from '../api/queries';
import { Spinner } from '../components/Spinner';
import { StatusBadge } from '../components/StatusBadge';
import { statusLabel } from '../format';
import { DocumentSection } from './DocumentSection';

/** Props of the package view. */
export interface PackageScreenProps {
  packageId: number;
  onBack: () => void;
}

/** Shows a package's details and documents. */
export function PackageScreen({ packageId, onBack }: PackageScreenProps) {
  const pkg = useQuery(packageQuery(packageId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = pkg.data !== undefined;

  // A new screen: move focus to its heading so it is announced and Tab starts from the top.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  return (
    <article className="package-view" aria-busy={pkg.isPending}>
      <button type="button" className="button button--ghost button--small back-button" onClick={onBack}>
        <span aria-hidden="true">← </span>
        Back to packages
      </button>

      {pkg.isPending ? (
        <p role="status" className="state state--loading">
          <Spinner />
          Loading package…
        </p>
      ) : pkg.isError ? (
        <div className="state state--error">
          <p className="state-title">This package could not be opened</p>
          <p>The details are in the message that was shown.</p>
          <button type="button" className="button button--secondary" onClick={() => void pkg.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1} className="package-title">
            {pkg.data.name}
          </h1>
          <dl className="package-meta">
            <div>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={pkg.data.status} />
              </dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{pkg.data.ownerName === '' ? '—' : pkg.data.ownerName}</dd>
            </div>
            {pkg.data.workflowType !== '' && (
              <div>
                <dt>Workflow</dt>
                <dd>{statusLabel(pkg.data.workflowType)}</dd>
              </div>
            )}
          </dl>

          <section className="panel" aria-labelledby="recipients-heading">
            <h2 id="recipients-heading">Recipients</h2>
            {pkg.data.users.length === 0 ? (
              <p className="muted">This package has no recipients.</p>
            ) : (
              <div className="table-wrap">
                <table className="table recipient-table" aria-labelledby="recipients-heading">
                  <thead>
                    <tr>
                      <th scope="col">Order</th>
                      <th scope="col">Name</th>
                      <th scope="col">Email</th>
                      <th scope="col">Role</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...pkg.data.users]
                      .sort((a, b) => a.order - b.order)
                      .map((user, index) => (
                        <tr key={`${user.order}-${user.email}-${index}`}>
                          <td>{user.order}</td>
                          <td>{user.name}</td>
                          <td>{user.email}</td>
                          <td>{statusLabel(user.role)}</td>
                          <td>
                            <StatusBadge status={user.processStatus} />
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section className="documents" aria-labelledby="documents-heading">
            <h2 id="documents-heading">Documents</h2>
            {pkg.data.documents.length === 0 ? (
              <p className="muted">This package has no documents.</p>
            ) : (
              [...pkg.data.documents]
                .sort((a, b) => a.order - b.order)
                .map((document) => <DocumentSection key={document.id} packageId={packageId} document={document} />)
            )}
          </section>
        </>
      )}
    </article>
  );
}

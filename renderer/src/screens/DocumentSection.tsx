// One document of a package: its name and length, then its fields grouped by kind.
import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentSummary, FieldInfo } from '../../../main/ipc/contract';
import { documentFieldsQuery } from '../api/queries';
import { SendOtpButton } from '../components/SendOtpButton';
import { Spinner } from '../components/Spinner';
import { StatusBadge } from '../components/StatusBadge';
import { groupFieldsByKind, offersOtp } from '../fields';
import type { FieldGroup } from '../fields';
import { fieldStatusLabel, isSignatureKind, pageCountLabel, pageLabel } from '../format';

/** Props of a document section. */
export interface DocumentSectionProps {
  packageId: number;
  document: DocumentSummary;
}

/** A document with its fields, loaded on their own so one slow document does not hold up the rest. */
export function DocumentSection({ packageId, document }: DocumentSectionProps) {
  const headingId = useId();
  const fields = useQuery(documentFieldsQuery(packageId, document.id));

  return (
    <section className="panel document" aria-labelledby={headingId}>
      <header className="document-header">
        <h3 id={headingId}>{document.name}</h3>
        <p className="muted">{pageCountLabel(document.pages)}</p>
      </header>
      {fields.isPending ? (
        <p role="status" className="state state--loading">
          <Spinner />
          Loading fields…
        </p>
      ) : fields.isError ? (
        <div className="state state--error">
          <p className="state-title">The fields could not be loaded</p>
          <button type="button" className="button button--secondary button--small" onClick={() => void fields.refetch()}>
            Try again
          </button>
        </div>
      ) : fields.data.fields.length === 0 ? (
        <p className="muted">This document has no fields.</p>
      ) : (
        groupFieldsByKind(fields.data.fields).map((group) => (
          <FieldGroupTable key={group.kind} group={group} packageId={packageId} documentId={document.id} />
        ))
      )}
    </section>
  );
}

/** Props of one kind's field table. */
interface FieldGroupTableProps {
  group: FieldGroup;
  packageId: number;
  documentId: number;
}

/** The fields of one kind as a table; signature kinds get a Send OTP column. */
function FieldGroupTable({ group, packageId, documentId }: FieldGroupTableProps) {
  const id = useId();
  const signing = isSignatureKind(group.kind);
  const inPerson = group.kind === 'in_person_signature';

  return (
    <div className="field-group" data-field-kind={group.kind}>
      <h4 id={`${id}-heading`}>{group.heading}</h4>
      <div className="table-wrap">
        <table className="table field-table" aria-labelledby={`${id}-heading`}>
          <thead>
            <tr>
              <th scope="col" className="col-field">
                Field
              </th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col" className="col-page">
                Page
              </th>
              {inPerson && (
                <th scope="col" className="col-signer">
                  Signer
                </th>
              )}
              {signing && (
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {group.fields.map((field: FieldInfo, index) => {
              const nameId = `${id}-field-${index}`;
              const status = fieldStatusLabel(field);
              return (
                <tr key={`${field.name}-${index}`} data-field-name={field.name}>
                  <td id={nameId} className="field-name">
                    {field.name}
                  </td>
                  <td>
                    <StatusBadge status={status} label={status} />
                  </td>
                  <td>{pageLabel(field.page)}</td>
                  {inPerson && <td>{field.placeholder === '' ? '—' : field.placeholder}</td>}
                  {signing && (
                    <td className="actions">
                      {offersOtp(field) && (
                        <SendOtpButton field={{ packageId, documentId, fieldName: field.name }} describedBy={nameId} />
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

// The workflow panel: each recipient with role and status, who is next, and how many have finished.
import type { Recipient } from '../../../shared/contract';
import { StatusBadge } from '../components/StatusBadge';
import { isOpenRecipient, nextRecipient, roleLabel, sameEmail } from './my-role';

/** Props of the recipients panel. */
export interface RecipientsPanelProps {
  users: readonly Recipient[];
  email: string;
  workflowType: string;
}

/** Lists the recipients in workflow order and says whose turn it is. */
export function RecipientsPanel({ users, email, workflowType }: RecipientsPanelProps) {
  const ordered = [...users].sort((a, b) => a.order - b.order);
  const next = nextRecipient(users);
  const counted = users.filter((user) => user.role.toUpperCase() !== 'CARBON_COPY');
  const finished = counted.filter((user) => !isOpenRecipient(user)).length;
  const nextIsMe = next !== null && sameEmail(next.email, email);
  const serialWait =
    workflowType.toUpperCase() === 'SERIAL' && next !== null && !nextIsMe && users.some((user) => sameEmail(user.email, email) && isOpenRecipient(user));

  return (
    <section className="panel recipients" aria-labelledby="recipients-heading">
      {/* The disclosure around the panel shows the word; the heading still names the region. */}
      <h2 id="recipients-heading" className="visually-hidden">
        Recipients
      </h2>
      {users.length === 0 ? (
        <p className="muted">This package has no recipients.</p>
      ) : (
        <>
          <p className="workflow-summary">
            {next === null
              ? 'Nobody is waiting: every recipient has finished.'
              : nextIsMe
                ? 'Next: you.'
                : `Next: ${next.name === '' ? next.email : next.name}.`}{' '}
            {finished} of {counted.length} finished.
          </p>
          {serialWait && <p className="notice">You can act once {next?.name === '' ? next.email : next?.name} has finished.</p>}
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
                {ordered.map((user, index) => {
                  const me = sameEmail(user.email, email);
                  const isNext = next !== null && user.order === next.order && user.email === next.email;
                  return (
                    <tr key={`${user.order}-${user.email}-${index}`} className={isNext ? 'is-next' : undefined}>
                      <td>{user.order}</td>
                      <td>
                        {user.name}
                        {me && <span className="you-tag"> (you)</span>}
                      </td>
                      <td>{user.email}</td>
                      <td>{roleLabel(user.role)}</td>
                      <td>
                        <StatusBadge status={user.processStatus} />
                        {isNext && <span className="badge badge--info next-tag">Next</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

// The text list of a document's fields: my blocking fields first, then the rest, in reading order; shown-only kinds under their headings.
import { useId, useState } from 'react';
import type { FieldInfo } from '../../../shared/contract';
import { isFormKind, isSignatureKind } from '../../../shared/field-kinds';
import { Spinner } from '../components/Spinner';
import { StatusBadge } from '../components/StatusBadge';
import { groupFieldsByKind, offersOtp } from './field-groups';
import { listSections } from './reading-order';
import { fieldStatusLabel, pageLabel } from '../text/format';
import { FIELD_ATTRIBUTES } from './field-focus';
import { fieldOwnerText } from './field-owner';
import { fieldState, kindName, needsOtp, usesAuthenticator } from './field-state';
import { FieldStateIcon } from './FieldStateIcon';
import { formBlockers, isDirty, isEditableFormField, myFormFields } from './form-draft';
import { FormFieldInput, FormFieldValue } from './FormFieldInput';
import { fieldKey } from './next-field';
import { usePackageWork } from './package-work-context';
import './field-list.css';

/** Props of the field list. */
export interface FieldListProps {
  documentId: number;
  /** The fields to show (hidden ones already left out). */
  fields: readonly FieldInfo[];
  /** Runs a save from the Save fields button; resolves to the line shown beside it, or null when the click was ignored. */
  onSave: (documentId: number) => Promise<string | null>;
}

/** Every field of a document, for reading and for acting; the page marks mirror it. */
export function FieldList({ documentId, fields, onSave }: FieldListProps) {
  const work = usePackageWork();
  const id = useId();
  const noticeId = `${id}-blocked`;
  const [saveStatus, setSaveStatus] = useState('');
  const draft = work.drafts.of(documentId).values;
  const blocked = formBlockers(fields, draft, work.mine).length > 0;
  const signingOfMine = fields.some((field) => isSignatureKind(field.kind) && fieldState(field, work.mine) === 'todo');
  const editable = myFormFields(fields, work.mine);
  const dirty = editable.some((field) => isDirty(field, draft));
  const saving = work.savingDocumentId === documentId;
  const sections = fieldSections(fields, work.mine);
  // A new edit makes the last save's outcome out of date (React's "adjust state on prop change" pattern).
  const [seenDraft, setSeenDraft] = useState(draft);
  if (seenDraft !== draft) {
    setSeenDraft(draft);
    if (dirty && saveStatus !== '') setSaveStatus('');
  }

  return (
    <div className="field-panel">
      {blocked && signingOfMine && (
        <p id={noticeId} className="notice notice--blocked">
          Complete the required form fields first. Signing opens once they are filled in correctly.
        </p>
      )}
      {sections.map((section) => (
        <div key={section.id} className="field-group" data-field-section={section.id}>
          <h4 id={`${id}-${section.id}`}>{section.heading}</h4>
          {section.note && <p className="field-group-note">{INFO_NOTE}</p>}
          <ul className="field-list" aria-labelledby={`${id}-${section.id}`}>
            {section.fields.map((field) => (
              <FieldItem key={field.name} documentId={documentId} field={field} blockedNoticeId={blocked && signingOfMine ? noticeId : null} />
            ))}
          </ul>
        </div>
      ))}
      {editable.length > 0 && (
        <div className="form-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={saving}
            aria-busy={saving}
            onClick={() => {
              setSaveStatus('');
              void onSave(documentId).then((status) => {
                if (status !== null) setSaveStatus(status);
              });
            }}
          >
            {saving && <Spinner />}
            Save fields
          </button>
          <p role="status" className="form-status">
            {saveStatus !== '' ? saveStatus : dirty ? 'You have unsaved changes.' : ''}
          </p>
        </div>
      )}
    </div>
  );
}

/** One headed part of the list. */
interface FieldSection {
  id: string;
  heading: string;
  fields: FieldInfo[];
  /** True for kinds Desk Signer only shows, which carry a note. */
  note: boolean;
}

/** My blocking fields first, then the other fields, each in reading order; then each shown-only kind under its heading. */
function fieldSections(fields: readonly FieldInfo[], mine: ReadonlySet<number>): FieldSection[] {
  const { blocking, other, info } = listSections(fields, mine);
  const sections: FieldSection[] = [];
  if (blocking.length > 0) sections.push({ id: 'blocking', heading: 'To complete', fields: blocking, note: false });
  if (other.length > 0) sections.push({ id: 'other', heading: blocking.length > 0 ? 'Other fields' : 'Fields', fields: other, note: false });
  for (const group of groupFieldsByKind(info)) sections.push({ id: group.kind, heading: group.heading, fields: group.fields, note: true });
  return sections;
}

/** Said under the heading of each kind Desk Signer only shows. */
const INFO_NOTE = 'Desk Signer shows these fields, but they are completed in SigningHub’s web app.';

/** Props of one field's list item. */
interface FieldItemProps {
  documentId: number;
  field: FieldInfo;
  /** The "complete the form first" notice, while it applies to my signature buttons. */
  blockedNoticeId: string | null;
}

/** One field: name, status, page and owner, then its buttons or its input. */
function FieldItem({ documentId, field, blockedNoticeId }: FieldItemProps) {
  const work = usePackageWork();
  const id = useId();
  const nameId = `${id}-name`;
  const metaId = `${id}-meta`;
  const key = fieldKey(documentId, field.name);
  const state = fieldState(field, work.mine);
  const status = fieldStatusLabel(field);
  const signature = isSignatureKind(field.kind);
  const busy = work.busyKey === key;
  const blocked = state === 'todo' && blockedNoticeId !== null;
  const describedBy = blocked ? `${nameId} ${blockedNoticeId}` : nameId;
  const owner = fieldOwnerText(field, state, work.users);
  const awaitingPhone = state === 'todo' && work.pendingApprovals.has(key);
  const form = isFormKind(field.kind);
  // Only my own form fields take input, unless read-only; anyone else's are shown as they stand.
  const editable = isEditableFormField(field, work.mine);
  const kind = kindName(field.kind);

  const meta = (
    <p id={metaId} className="field-meta">
      {/* The list is in reading order, not grouped by kind, so each item says its kind (form inputs show theirs). */}
      {!form && <span>{kind.charAt(0).toUpperCase() + kind.slice(1)}</span>}
      <span>{pageLabel(field.page)}</span>
      {owner !== '' && <span>{owner}</span>}
      {awaitingPhone && <span>Waiting for approval on your phone</span>}
      {field.kind === 'in_person_signature' && field.placeholder !== '' && <span>Signer: {field.placeholder}</span>}
      {signature && needsOtp(field) && !field.processed && <span>SMS code needed</span>}
      {signature && usesAuthenticator(field) && !field.processed && <span>Authenticator code needed</span>}
      {form && field.readOnly && <span>Read only</span>}
      {form && field.required && !field.readOnly && <span>Required</span>}
    </p>
  );

  return (
    <li
      className={`field-item field-item--${state}${work.currentKey === key ? ' field-item--current' : ''}`}
      tabIndex={-1}
      aria-current={work.currentKey === key ? 'step' : undefined}
      {...{ [FIELD_ATTRIBUTES.item]: key }}
    >
      <div className="field-item-head">
        <FieldStateIcon state={state} />
        {/* An editable form field is named by its input's label below; saying it twice would only add noise. */}
        {editable ? (
          meta
        ) : (
          <span id={nameId} className="field-name">
            {field.name}
          </span>
        )}
        <StatusBadge status={status} label={status} />
      </div>
      {!editable && meta}
      {form ? (
        editable ? (
          <FormFieldInput documentId={documentId} field={field} metaId={metaId} />
        ) : (
          <FormFieldValue field={field} />
        )
      ) : (
        <div className="field-actions">
          {offersOtp(field, work.mine) && (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-describedby={describedBy}
              aria-disabled={blocked ? true : undefined}
              aria-busy={busy}
              disabled={busy}
              onClick={(event) => work.act(documentId, field, 'sendOtp', event.currentTarget)}
            >
              {busy && <Spinner />}
              Send OTP
            </button>
          )}
          {field.kind === 'in_person_signature' && state === 'todo' && (
            <button
              type="button"
              className="button button--primary button--small"
              aria-describedby={describedBy}
              aria-disabled={blocked ? true : undefined}
              aria-busy={busy}
              // Not disabled while busy (the flow ignores a second press): focus stays here for the PIN dialog to give back.
              onClick={(event) => work.act(documentId, field, 'handOver', event.currentTarget)}
            >
              {busy && <Spinner />}
              Start in-person signing
            </button>
          )}
          {signature && field.kind !== 'in_person_signature' && state === 'todo' && !needsOtp(field) && (
            <button
              type="button"
              className="button button--primary button--small"
              aria-describedby={describedBy}
              aria-disabled={blocked ? true : undefined}
              disabled={busy}
              onClick={(event) => work.act(documentId, field, 'sign', event.currentTarget)}
            >
              Sign
            </button>
          )}
          {field.kind === 'initials' && state === 'todo' && (
            <button
              type="button"
              className="button button--primary button--small"
              aria-describedby={nameId}
              onClick={(event) => work.act(documentId, field, 'initials', event.currentTarget)}
            >
              Add initials
            </button>
          )}
        </div>
      )}
    </li>
  );
}

// An opened package: title, toolbar, recipients, legend and documents, with the signing flow around them.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { DocumentFields, FieldInfo, PackageDetail } from '../../../shared/contract';
import { documentFieldsQuery } from '../api/queries';
import { StatusBadge } from '../components/StatusBadge';
import { statusLabel } from '../text/format';
import { DocumentSection } from './DocumentSection';
import { ActiveDialogView } from '../signing/ActiveDialogView';
import { useSigningFlow } from '../signing/use-signing-flow';
import type { SaveOutcome } from '../signing/use-signing-flow';
import { focusFieldMark, focusedFieldKey } from '../document/field-focus';
import { packageWorkDone } from '../document/field-state';
import { needsAttention } from '../document/form-draft';
import { FieldLegend } from '../document/FieldLegend';
import { isBareLetter, isTextEntryTarget } from '../document/keyboard-shortcut';
import { availableActions, canFinish, myOrders } from '../document/my-role';
import { nextFieldKey } from '../document/next-field';
import type { PlacedField } from '../document/next-field';
import { PackageToolbar } from '../document/PackageToolbar';
import { PackageWorkContext } from '../document/package-work-context';
import type { PackageWork } from '../document/package-work-context';
import { RecipientsPanel } from '../document/RecipientsPanel';
import { useFormDrafts } from '../document/use-form-drafts';
import '../document/document.css';
import '../document/field-list.css';

/** Props of the workspace. */
export interface PackageWorkspaceProps {
  detail: PackageDetail;
  email: string;
  /** True when a code or password opened the package. */
  unlocked: boolean;
  onBack: () => void;
}

// A 'busy' save (a second click while one runs) says nothing: the running save reports its own outcome.
const SAVE_STATUS: Record<Exclude<SaveOutcome, 'busy'>, string> = {
  saved: 'Fields saved.',
  nothing: 'There are no changes to save.',
  blocked: 'Complete the required form fields first.',
  failed: 'The fields were not saved; your entries are kept.',
};

/** The document view of a package the user may work on. */
export function PackageWorkspace({ detail, email, unlocked, onBack }: PackageWorkspaceProps) {
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // In document order already: main sorts them.
  const documents = detail.documents;
  const mine = useMemo(() => myOrders(detail.users, email), [detail.users, email]);
  const drafts = useFormDrafts();
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const announce = useCallback((text: string) => setAnnouncement((last) => ({ text, count: last.count + 1 })), []);
  const fieldQueries = useQueries({ queries: documents.map((document) => documentFieldsQuery(detail.id, document.id)) });

  // A new screen: focus its heading so it is announced and Tab starts from the top.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  /** Every field of the package with its document, read fresh from the cache (it changes after each action). */
  const placedFields = useCallback((): PlacedField[] => {
    return documents.flatMap((document) => {
      const fields = queryClient.getQueryData<DocumentFields>(documentFieldsQuery(detail.id, document.id).queryKey)?.fields ?? [];
      return fields.map((field) => ({ documentId: document.id, documentOrder: document.order, field }));
    });
  }, [documents, detail.id, queryClient]);

  const focusNext = useCallback(
    (fromKey: string | null): boolean => {
      const wanted = (placed: PlacedField): boolean => needsAttention(placed.field, drafts.of(placed.documentId).values, mine);
      const key = nextFieldKey(placedFields(), fromKey, wanted);
      if (key === null) return false;
      return focusFieldMark(key);
    },
    [placedFields, mine, drafts],
  );

  const flow = useSigningFlow({
    packageId: detail.id,
    packageName: detail.name,
    senderMessage: detail.senderMessage,
    documents,
    users: detail.users,
    email,
    mine,
    drafts,
    unlocked,
    announce,
    focusNext,
    onBack,
  });

  const stillLoading = fieldQueries.some((query) => query.isPending);
  const goNext = (): void => {
    if (focusNext(focusedFieldKey())) return;
    announce(stillLoading ? 'The fields are still loading.' : 'You have no fields left to complete.');
  };
  const goNextRef = useRef(goNext);
  useEffect(() => {
    goNextRef.current = goNext;
  });

  // The N shortcut, advertised on the Next field button with aria-keyshortcuts.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !isBareLetter(event, 'n')) return;
      if (isTextEntryTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      // A modal owns the keyboard while it is open.
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      goNextRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const loadedLists = fieldQueries.map((query) => query.data?.fields).filter((fields): fields is FieldInfo[] => fields !== undefined);
  const allLoaded = loadedLists.length === documents.length;
  const showFinish = allLoaded && canFinish(detail.users, email) && packageWorkDone(loadedLists, mine);

  const work: PackageWork = {
    packageId: detail.id,
    mine,
    users: detail.users,
    drafts,
    act: flow.act,
    busyKey: flow.busyKey,
    savingDocumentId: flow.savingDocumentId,
    pendingApprovals: flow.pendingApprovals,
  };

  const saveFromButton = async (documentId: number): Promise<string | null> => {
    const outcome = await flow.saveForm(documentId);
    return outcome === 'busy' ? null : SAVE_STATUS[outcome];
  };

  return (
    <PackageWorkContext.Provider value={work}>
      <button type="button" className="button button--ghost button--small back-button" onClick={onBack}>
        <span aria-hidden="true">← </span>
        Back to packages
      </button>
      <h1 ref={headingRef} tabIndex={-1} className="package-title">
        {detail.name}
      </h1>
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

      <PackageToolbar
        actions={availableActions(detail.users, email)}
        showFinish={showFinish}
        finishing={flow.finishing}
        onNext={goNext}
        onFinish={flow.finish}
        onAction={flow.openAction}
      />
      <p role="status" className="visually-hidden">
        {announcement.text}
        {/* Toggling a trailing space makes a repeated message count as new. */}
        {announcement.count % 2 === 1 ? '\u00a0' : ''}
      </p>

      <RecipientsPanel users={detail.users} email={email} workflowType={detail.workflowType} />

      <section className="documents" aria-labelledby="documents-heading">
        <div className="documents-head">
          <h2 id="documents-heading">Documents</h2>
          <FieldLegend />
        </div>
        {documents.length === 0 ? (
          <p className="muted">This package has no documents.</p>
        ) : (
          documents.map((document) => <DocumentSection key={document.id} packageId={detail.id} document={document} onSave={saveFromButton} />)
        )}
      </section>
      {flow.dialog !== null && <ActiveDialogView {...flow.dialog} />}
    </PackageWorkContext.Provider>
  );
}

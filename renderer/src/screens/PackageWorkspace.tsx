// An opened package: title and the guided action bar, then the shown document, then details and recipients.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { DocumentFields, FieldInfo, PackageDetail } from '../../../shared/contract';
import { documentFieldsQuery } from '../api/queries';
import { DocumentSection } from './DocumentSection';
import { PackageDetails } from './PackageDetails';
import { ActiveDialogView } from '../signing/ActiveDialogView';
import { useSigningFlow } from '../signing/use-signing-flow';
import type { SaveOutcome } from '../signing/use-signing-flow';
import { DocumentSwitcher } from '../document/DocumentSwitcher';
import { focusedFieldKey } from '../document/field-focus';
import { packageWorkDone } from '../document/field-state';
import { FieldLegend } from '../document/FieldLegend';
import { nextFrom, workCount, workCountLabel } from '../document/guided';
import type { GuidedStep } from '../document/guided';
import { availableActions, canFinish, myOrders } from '../document/my-role';
import type { PlacedField } from '../document/next-field';
import { PackageToolbar } from '../document/PackageToolbar';
import { PackageWorkContext } from '../document/package-work-context';
import { useKiosk } from '../kiosk/kiosk-context';
import type { PackageWork } from '../document/package-work-context';
import { placeLoaded, useGuidedSigning, useNextFieldKey } from '../document/use-guided-signing';
import { useFormDrafts } from '../document/use-form-drafts';
import type { Zoom } from '../document/zoom';
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
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit-width' });
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

  const guided = useGuidedSigning({ documents, placedFields, mine, drafts });

  const kiosk = useKiosk();
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
    focusNext: guided.focusNext,
    startHandOver: kiosk.startHandOver,
  });

  const stillLoading = fieldQueries.some((query) => query.isPending);
  const goNext = (): void => {
    if (guided.focusNext(nextFrom(focusedFieldKey(), guided.currentKey, guided.shownDocumentId))) return;
    announce(stillLoading ? 'The fields are still loading.' : 'You have no fields left to complete.');
  };
  useNextFieldKey(goNext);

  const fieldLists = fieldQueries.map((query) => query.data?.fields);
  const loadedLists = fieldLists.filter((fields): fields is FieldInfo[] => fields !== undefined);
  const allLoaded = loadedLists.length === documents.length;
  const showFinish = allLoaded && canFinish(detail.users, email) && packageWorkDone(loadedLists, mine);
  const placed = placeLoaded(documents, fieldLists);
  const count = workCount(placed, mine, guided.wanted);
  const leftById = new Map(documents.map((document) => [document.id, placed.filter((p) => p.documentId === document.id && guided.wanted(p)).length]));
  const step: GuidedStep = showFinish ? 'finish' : guided.currentKey === null ? 'start' : 'next';
  const shown = documents.find((document) => document.id === guided.shownDocumentId) ?? documents[0];

  const work: PackageWork = {
    packageId: detail.id,
    mine,
    users: detail.users,
    drafts,
    act: flow.act,
    busyKey: flow.busyKey,
    savingDocumentId: flow.savingDocumentId,
    pendingApprovals: flow.pendingApprovals,
    currentKey: guided.currentKey,
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

      <PackageToolbar
        actions={availableActions(detail.users, email)}
        step={step}
        countLabel={allLoaded && count.total > 0 ? workCountLabel(count) : ''}
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

      <section className="documents" aria-labelledby="documents-heading">
        <div className="documents-head">
          <h2 id="documents-heading">Documents</h2>
          {documents.length > 1 && <DocumentSwitcher documents={documents} shownId={shown?.id ?? null} leftById={leftById} onShow={guided.showDocument} />}
          <FieldLegend />
        </div>
        {shown === undefined ? (
          <p className="muted">This package has no documents.</p>
        ) : (
          <DocumentSection key={shown.id} packageId={detail.id} document={shown} onSave={saveFromButton} zoom={zoom} onZoom={setZoom} />
        )}
      </section>
      <PackageDetails detail={detail} email={email} />
      {flow.dialog !== null && <ActiveDialogView {...flow.dialog} />}
    </PackageWorkContext.Provider>
  );
}

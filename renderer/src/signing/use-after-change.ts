// What follows a change to a field (signed, initialled, saved): refresh what shows it, then finish the package
// when nothing of mine is left, or else move on to my next field.
import type { Dispatch } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldInfo } from '../../../shared/contract';
import { packageViewKey, pageImagesKey } from '../api/document-queries';
import { historyKey, verificationKey } from '../api/evidence-queries';
import { packageWorkDone } from '../document/field-state';
import { formValuesToSave, needsAttention } from '../document/form-draft';
import { canFinish } from '../document/my-role';
import type { FlowAction } from './flow-state';
import type { OpenPackage } from './open-package';
import type { SaveOutcome } from './use-form-save';

/** What the follow-up needs besides the open package. */
export interface AfterChangeOptions extends OpenPackage {
  /** A document's fields from the cache. */
  fieldsOf: (documentId: number) => FieldInfo[] | undefined;
  refetchFields: (documentId: number) => Promise<unknown>;
  saveForm: (documentId: number) => Promise<SaveOutcome>;
  finish: () => void;
  dispatch: Dispatch<FlowAction>;
}

/** Returns `afterChange(documentId, message, fromKey, moveOn)`; with `moveOn` false, focus stays where it is. */
export function useAfterChange(options: AfterChangeOptions): (documentId: number, message: string, fromKey: string | null, moveOn?: boolean) => Promise<void> {
  const { packageId, documents, users, email, mine, drafts, unlocked, announce, fieldsOf, refetchFields, saveForm, finish, dispatch } = options;
  const queryClient = useQueryClient();

  /** Every document's fields from the cache, or null while one is still loading. */
  const allFields = (): FieldInfo[][] | null => {
    const lists = documents.map((document) => fieldsOf(document.id));
    return lists.every((fields) => fields !== undefined) ? (lists as FieldInfo[][]) : null;
  };

  /** Finishes the package when nothing of mine is left; valid unsaved form values are saved first. True when it started finishing. */
  const finishIfDone = async (): Promise<boolean> => {
    if (!canFinish(users, email)) return false;
    let lists = allFields();
    if (lists === null) return false;
    if (!packageWorkDone(lists, mine)) {
      // Only filled-in, unsaved form fields left? Save them: that completes the package.
      const attention = documents.some((document, index) => (lists?.[index] ?? []).some((field) => needsAttention(field, drafts.of(document.id).values, mine)));
      if (attention) return false;
      for (const document of documents) {
        if (formValuesToSave(fieldsOf(document.id) ?? [], drafts.of(document.id).values, mine).length === 0) continue;
        if ((await saveForm(document.id)) !== 'saved') return false;
      }
      lists = allFields();
      if (lists === null || !packageWorkDone(lists, mine)) return false;
    }
    finish();
    return true;
  };

  return async (documentId, message, fromKey, moveOn = true) => {
    if (message !== '') announce(message);
    await Promise.all([refetchFields(documentId), queryClient.invalidateQueries({ queryKey: pageImagesKey(packageId, documentId) })]);
    // Each signature changes what the verification panel and the history show.
    void queryClient.invalidateQueries({ queryKey: verificationKey(packageId) });
    void queryClient.invalidateQueries({ queryKey: historyKey(packageId) });
    // A protected package would ask for its code again; its recipient list stays as it was.
    if (!unlocked) void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId) });
    if (await finishIfDone()) return;
    // Moved once the dialogs are closed, so it lands after the closed dialog has given focus back to its trigger.
    if (moveOn) dispatch({ type: 'focusNext', fromKey, message });
  };
}

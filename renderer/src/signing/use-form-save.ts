// Saving a document's form fields: checked first (focus goes to the first invalid one), then only what changed is sent.
import { useState } from 'react';
import type { FieldInfo, InputOf } from '../../../shared/contract';
import { useCommand } from '../api/use-command';
import { signer } from '../api/bridge';
import { focusFormInput } from '../document/field-focus';
import { formBlockers, formValuesToSave } from '../document/form-draft';
import { fieldKey } from '../document/next-field';
import type { FormDrafts } from '../document/use-form-drafts';

/** The outcome of a form save; 'busy' when a save of the same fields was already running (a double click). */
export type SaveOutcome = 'saved' | 'nothing' | 'blocked' | 'failed' | 'busy';

/** What a save needs from the package view. */
export interface FormSaveOptions {
  packageId: number;
  mine: ReadonlySet<number>;
  drafts: FormDrafts;
  announce: (text: string) => void;
  /** A document's fields from the cache. */
  fieldsOf: (documentId: number) => FieldInfo[] | undefined;
  refetchFields: (documentId: number) => Promise<unknown>;
}

/** The form checks and save, and which document is saving. */
export interface FormSave {
  /** Shows my invalid form fields and puts focus on the first; true when there were none. */
  checkForm: (documentId: number) => boolean;
  saveForm: (documentId: number) => Promise<SaveOutcome>;
  savingDocumentId: number | null;
}

/** Checks and saves the form fields of the open package's documents. */
export function useFormSave({ packageId, mine, drafts, announce, fieldsOf, refetchFields }: FormSaveOptions): FormSave {
  const [savingDocumentId, setSavingDocumentId] = useState<number | null>(null);
  const saveFields = useCommand((input: InputOf<'saveFormFields'>) => signer().saveFormFields(input), { errorTitle: 'Could not save the fields' });

  const checkForm = (documentId: number): boolean => {
    const blockers = formBlockers(fieldsOf(documentId) ?? [], drafts.of(documentId).values, mine);
    const first = blockers[0];
    if (first === undefined) return true;
    drafts.revealAll(documentId);
    announce('Complete the required form fields first.');
    // The messages render with the reveal; focus once they are in the page.
    requestAnimationFrame(() => focusFormInput(fieldKey(documentId, first.name)));
    return false;
  };

  const saveForm = async (documentId: number): Promise<SaveOutcome> => {
    if (!checkForm(documentId)) return 'blocked';
    const items = formValuesToSave(fieldsOf(documentId) ?? [], drafts.of(documentId).values, mine);
    if (items.length === 0) return 'nothing';
    setSavingDocumentId(documentId);
    const saved = await saveFields.run({ packageId, documentId, values: items });
    // A second click while the first save runs: the first one owns the busy state and the outcome.
    if (saved === null) return 'busy';
    if (!saved.ok) {
      setSavingDocumentId(null);
      return 'failed';
    }
    await refetchFields(documentId);
    // Only now, so the inputs never flash the old server values.
    drafts.clearSaved(documentId, Object.fromEntries(items.map((item) => [item.fieldName, item.value])));
    setSavingDocumentId(null);
    return 'saved';
  };

  return { checkForm, saveForm, savingDocumentId };
}

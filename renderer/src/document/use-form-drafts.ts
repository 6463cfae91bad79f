// The package's unsaved form edits, per document, kept above the documents so signing can check and save them.
import { useCallback, useMemo, useState } from 'react';
import type { FormValue } from '../../../shared/contract';
import type { FormDraft } from './form-draft';

/** One document's edits and which inputs show their validation message. */
export interface DocumentFormState {
  values: FormDraft;
  /** Fields left (blurred) at least once: their message shows. */
  touched: Readonly<Record<string, true>>;
  /** Set by a save or sign attempt: every message shows. */
  revealAll: boolean;
}

const EMPTY: DocumentFormState = { values: {}, touched: {}, revealAll: false };

/** The drafts of every document and the ways to change them. */
export interface FormDrafts {
  of: (documentId: number) => DocumentFormState;
  setValue: (documentId: number, fieldName: string, value: FormValue) => void;
  touch: (documentId: number, fieldName: string) => void;
  revealAll: (documentId: number) => void;
  /** Drops saved edits once the server holds them; later edits to the same fields survive. */
  clearSaved: (documentId: number, saved: Readonly<Record<string, FormValue>>) => void;
}

/** Holds form drafts for a package's documents; nothing typed is dropped until the server has it. */
export function useFormDrafts(): FormDrafts {
  const [state, setState] = useState<Readonly<Record<number, DocumentFormState>>>({});

  const update = useCallback((documentId: number, change: (current: DocumentFormState) => DocumentFormState) => {
    setState((all) => ({ ...all, [documentId]: change(all[documentId] ?? EMPTY) }));
  }, []);

  const setValue = useCallback(
    (documentId: number, fieldName: string, value: FormValue) => update(documentId, (doc) => ({ ...doc, values: { ...doc.values, [fieldName]: value } })),
    [update],
  );
  const touch = useCallback(
    (documentId: number, fieldName: string) =>
      update(documentId, (doc) => (doc.touched[fieldName] === true ? doc : { ...doc, touched: { ...doc.touched, [fieldName]: true } })),
    [update],
  );
  const revealAll = useCallback((documentId: number) => update(documentId, (doc) => ({ ...doc, revealAll: true })), [update]);
  const clearSaved = useCallback(
    (documentId: number, saved: Readonly<Record<string, FormValue>>) =>
      update(documentId, (doc) => {
        // Only values still equal to what was sent go: a keystroke made during the save stays a draft.
        const values = Object.fromEntries(Object.entries(doc.values).filter(([name, value]) => !(name in saved && saved[name] === value)));
        return { ...doc, values };
      }),
    [update],
  );

  return useMemo(
    () => ({ of: (documentId: number) => state[documentId] ?? EMPTY, setValue, touch, revealAll, clearSaved }),
    [state, setValue, touch, revealAll, clearSaved],
  );
}

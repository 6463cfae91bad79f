// Guided signing: the shown document, the field the signer is on, and the one action that walks them to the next.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DocumentSummary, FieldInfo } from '../../../shared/contract';
import { focusFieldMark, focusedFieldKey } from './field-focus';
import { needsAttention } from './form-draft';
import { isBareLetter, isTextEntryTarget } from './keyboard-shortcut';
import { fieldKey, nextField } from './next-field';
import type { PlacedField } from './next-field';
import type { FormDrafts } from './use-form-drafts';

/** What guided signing needs from the workspace. */
export interface GuidedSigningOptions {
  documents: readonly DocumentSummary[];
  /** Every field of the package with its document, read fresh (it changes after each action). */
  placedFields: () => PlacedField[];
  mine: ReadonlySet<number>;
  drafts: FormDrafts;
}

/** The guided state and its moves. */
export interface GuidedSigning {
  shownDocumentId: number | null;
  /** Shows another document (the switcher). */
  showDocument: (documentId: number) => void;
  /** The field last visited or focused; null until the signer starts. */
  currentKey: string | null;
  /** True for a field that still needs me (my open required work, form fields not yet validly filled in). */
  wanted: (placed: PlacedField) => boolean;
  /** Goes to the next field needing me after `fromKey`, switching document when it lies in another; false when none is left. */
  focusNext: (fromKey: string | null) => boolean;
}

/** Holds the shown document and the current field, and moves between fields, pages and documents in step. */
export function useGuidedSigning({ documents, placedFields, mine, drafts }: GuidedSigningOptions): GuidedSigning {
  const [shownDocumentId, setShown] = useState<number | null>(documents[0]?.id ?? null);
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const shownRef = useRef(shownDocumentId);
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    shownRef.current = shownDocumentId;
  }, [shownDocumentId]);

  const wanted = useCallback((placed: PlacedField): boolean => needsAttention(placed.field, drafts.of(placed.documentId).values, mine), [drafts, mine]);

  const focusNext = useCallback(
    (fromKey: string | null): boolean => {
      const target = nextField(placedFields(), fromKey, wanted, shownRef.current);
      if (target === null) return false;
      const key = fieldKey(target.documentId, target.field.name);
      setCurrentKey(key);
      if (target.documentId !== shownRef.current) {
        // The other document mounts first; its field is focused once it is on screen.
        pendingFocus.current = key;
        shownRef.current = target.documentId;
        setShown(target.documentId);
        return true;
      }
      return focusFieldMark(key);
    },
    [placedFields, wanted],
  );

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    focusFieldMark(key);
    // Again once the pages have their measured width, which moves the marks.
    const frame = requestAnimationFrame(() => {
      if (focusedFieldKey() === key) focusFieldMark(key);
    });
    return () => cancelAnimationFrame(frame);
  }, [shownDocumentId]);

  // Focusing a field by any means (Tab, click) makes it the current one, so Next goes on from there.
  useEffect(() => {
    const onFocusIn = (): void => {
      const key = focusedFieldKey();
      if (key !== null) setCurrentKey(key);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const showDocument = useCallback((documentId: number) => {
    shownRef.current = documentId;
    setShown(documentId);
  }, []);

  return { shownDocumentId, showDocument, currentKey, wanted, focusNext };
}

/** Runs `onNext` on a bare N outside text entry and modal dialogs (advertised with aria-keyshortcuts on the button). */
export function useNextFieldKey(onNext: () => void): void {
  const latest = useRef(onNext);
  useEffect(() => {
    latest.current = onNext;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !isBareLetter(event, 'n')) return;
      if (isTextEntryTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      // A modal owns the keyboard while it is open.
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** The loaded field lists placed in their documents, for counting. */
export function placeLoaded(documents: readonly DocumentSummary[], lists: readonly (readonly FieldInfo[] | undefined)[]): PlacedField[] {
  return documents.flatMap((document, index) => (lists[index] ?? []).map((field) => ({ documentId: document.id, documentOrder: document.order, field })));
}

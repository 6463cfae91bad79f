// Starting in-person signing from a field: the form is checked and saved first (the signature seals it), then the
// field goes to the walk-up signer's window. The field is busy meanwhile, so a second press starts nothing.
import type { Dispatch } from 'react';
import type { FieldInfo, FieldRef } from '../../../shared/contract';
import { fieldKey } from '../document/next-field';
import type { FlowAction } from './flow-state';
import type { SaveOutcome } from './use-form-save';

/** Hands a field over: asks for a host PIN when one is due, then opens the walk-up signer's window. */
export type StartHandOver = (ref: FieldRef, trigger: HTMLElement | null) => Promise<void>;

/** What starting a hand-over needs from the flow. */
export interface HandOverStartOptions {
  packageId: number;
  checkForm: (documentId: number) => boolean;
  saveForm: (documentId: number) => Promise<SaveOutcome>;
  dispatch: Dispatch<FlowAction>;
  startHandOver: StartHandOver;
}

/** The "Start in-person signing" press of a field. */
export function useStartHandOver({ packageId, checkForm, saveForm, dispatch, startHandOver }: HandOverStartOptions) {
  return async (documentId: number, field: FieldInfo, trigger: HTMLElement | null): Promise<void> => {
    if (!checkForm(documentId)) return;
    dispatch({ type: 'prepare', key: fieldKey(documentId, field.name) });
    try {
      if (!['saved', 'nothing'].includes(await saveForm(documentId))) return;
      await startHandOver({ packageId, documentId, fieldName: field.name }, trigger);
    } finally {
      dispatch({ type: 'prepared' });
    }
  };
}

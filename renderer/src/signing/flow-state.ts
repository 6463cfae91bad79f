// The package view's dialog state as a pure reducer: which dialog is open, which field is getting ready for one
// (a save or an SMS in flight), and where focus goes once the dialogs are closed.
import type { FieldSigningStatus } from '../../../shared/contract';
import type { ActiveDialog } from './active-dialog';

/** A request to move focus to my next open field once no dialog is open. */
export interface FocusRequest {
  fromKey: string | null;
  /** Said in the live region when there is no field left. */
  message: string;
}

/** The flow's state. */
export interface FlowState {
  /** The one open dialog, or null. */
  dialog: ActiveDialog | null;
  /** The field (as a field key) whose save or SMS request runs before its sign dialog opens. */
  busyKey: string | null;
  focus: FocusRequest | null;
}

/** What can happen to it. */
export type FlowAction =
  /** A field starts getting ready for its sign dialog; ignored while a dialog is open or another field is busy. */
  | { type: 'prepare'; key: string }
  /** The preparation ended, with or without a dialog. */
  | { type: 'prepared' }
  /** Opens a dialog; ignored while one is open (one dialog at a time). */
  | { type: 'open'; dialog: ActiveDialog }
  /** The sign dialog's field was signed; a PENDING signature waits for the phone in the approval dialog. */
  | { type: 'signed'; status: FieldSigningStatus }
  /** The dialog closed: cancelled, done, or it failed in a way another dialog reports. */
  | { type: 'close' }
  /** Asks for focus on the next open field after `fromKey`. */
  | { type: 'focusNext'; fromKey: string | null; message: string }
  /** The focus request was carried out. */
  | { type: 'focused' };

/** Nothing open, nothing busy. */
export const INITIAL_FLOW: FlowState = { dialog: null, busyKey: null, focus: null };

/** The next state. */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'prepare':
      return state.dialog !== null || state.busyKey !== null ? state : { ...state, busyKey: action.key };
    case 'prepared':
      return state.busyKey === null ? state : { ...state, busyKey: null };
    case 'open':
      return state.dialog !== null ? state : { ...state, dialog: action.dialog };
    case 'signed': {
      const dialog = state.dialog;
      if (dialog?.kind !== 'sign') return state;
      if (action.status !== 'PENDING') return { ...state, dialog: null };
      // The same field and trigger: Cancel in the approval dialog gives focus back where Sign came from.
      return { ...state, dialog: { kind: 'approval', documentId: dialog.documentId, field: dialog.field, trigger: dialog.trigger } };
    }
    case 'close':
      return state.dialog === null ? state : { ...state, dialog: null };
    case 'focusNext':
      return { ...state, focus: { fromKey: action.fromKey, message: action.message } };
    case 'focused':
      return state.focus === null ? state : { ...state, focus: null };
  }
}

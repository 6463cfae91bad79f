import { describe, expect, it } from 'vitest';
import type { ActiveDialog } from '../../renderer/src/signing/active-dialog';
import { INITIAL_FLOW, flowReducer } from '../../renderer/src/signing/flow-state';
import type { FlowAction, FlowState } from '../../renderer/src/signing/flow-state';
import { makeField } from './renderer-field-fixture';

const field = makeField('Signature-1', 'digital_signature');
const signDialog: ActiveDialog = {
  kind: 'sign',
  documentId: 7,
  field,
  otpSentAt: 1000,
  preferences: { reason: '', location: '', contact: '' },
  trigger: null,
  notice: '',
};
const initialsDialog: ActiveDialog = { kind: 'initials', documentId: 7, field: makeField('Initials-1', 'initials'), trigger: null };

/** The state after each action in turn, from the start. */
const after = (...actions: FlowAction[]): FlowState => actions.reduce(flowReducer, INITIAL_FLOW);

describe('flowReducer', () => {
  it('starts with nothing open, nothing busy and no focus request', () => {
    expect(INITIAL_FLOW).toEqual({ dialog: null, busyKey: null, focus: null });
  });

  it('marks one field busy while its dialog is prepared, and only one', () => {
    expect(after({ type: 'prepare', key: '7:Signature-1' }).busyKey).toBe('7:Signature-1');
    expect(after({ type: 'prepare', key: '7:Signature-1' }, { type: 'prepare', key: '7:Signature-2' }).busyKey).toBe('7:Signature-1');
    expect(after({ type: 'prepare', key: '7:Signature-1' }, { type: 'prepared' }).busyKey).toBeNull();
  });

  it('prepares nothing while a dialog is open', () => {
    expect(after({ type: 'open', dialog: initialsDialog }, { type: 'prepare', key: '7:Signature-1' }).busyKey).toBeNull();
  });

  it('opens one dialog at a time: a second open is ignored', () => {
    const state = after({ type: 'open', dialog: signDialog }, { type: 'open', dialog: { kind: 'decline', trigger: null } });
    expect(state.dialog).toBe(signDialog);
  });

  it('closes the sign dialog once signed, or turns it into the phone approval wait for the same field and trigger', () => {
    expect(after({ type: 'open', dialog: signDialog }, { type: 'signed', status: 'SIGNED' }).dialog).toBeNull();
    expect(after({ type: 'open', dialog: signDialog }, { type: 'signed', status: 'PENDING' }).dialog).toEqual({
      kind: 'approval',
      documentId: 7,
      field,
      trigger: null,
    });
  });

  it('ignores a sign outcome when no sign dialog is open', () => {
    const state = after({ type: 'open', dialog: initialsDialog });
    expect(flowReducer(state, { type: 'signed', status: 'SIGNED' })).toBe(state);
    expect(flowReducer(INITIAL_FLOW, { type: 'signed', status: 'PENDING' })).toBe(INITIAL_FLOW);
  });

  it('closes whatever is open, and lets the next dialog open', () => {
    const closed = after({ type: 'open', dialog: signDialog }, { type: 'close' });
    expect(closed.dialog).toBeNull();
    expect(flowReducer(closed, { type: 'open', dialog: initialsDialog }).dialog).toBe(initialsDialog);
    expect(flowReducer(INITIAL_FLOW, { type: 'close' })).toBe(INITIAL_FLOW);
  });

  it('keeps a focus request while a dialog is open, replaces it with a newer one, and drops it once carried out', () => {
    const asked = after({ type: 'open', dialog: signDialog }, { type: 'focusNext', fromKey: '7:Signature-1', message: 'Signature-1 signed.' });
    expect(asked.focus).toEqual({ fromKey: '7:Signature-1', message: 'Signature-1 signed.' });
    expect(asked.dialog).toBe(signDialog);
    const newer = flowReducer(asked, { type: 'focusNext', fromKey: null, message: '' });
    expect(newer.focus).toEqual({ fromKey: null, message: '' });
    expect(flowReducer(newer, { type: 'focused' }).focus).toBeNull();
  });

  it('never changes the state it is given', () => {
    const state = after({ type: 'open', dialog: signDialog });
    const copy = structuredClone({ ...state, dialog: { ...signDialog, trigger: null } });
    flowReducer(state, { type: 'signed', status: 'PENDING' });
    flowReducer(state, { type: 'focusNext', fromKey: null, message: 'x' });
    expect(state).toEqual(copy);
  });
});

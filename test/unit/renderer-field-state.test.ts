import { describe, expect, it } from 'vitest';
import { INFO_FIELD_KINDS, isFormKind, SIGNATURE_FIELD_KINDS } from '../../shared/field-kinds';
import type { FieldKind } from '../../shared/field-kinds';
import {
  fieldLabel,
  fieldState,
  isMyOpenWork,
  isRequiredField,
  needsOtp,
  packageWorkDone,
  shownFields,
  usesAuthenticator,
} from '../../renderer/src/document/field-state';
import { makeField } from './renderer-field-fixture';

const mine = new Set([2]);

describe('fieldState', () => {
  it('is done once processed, mine by order, else someone else’s', () => {
    expect(fieldState(makeField('a', 'digital_signature', { order: 2 }), mine)).toBe('todo');
    expect(fieldState(makeField('b', 'digital_signature', { order: 1 }), mine)).toBe('others');
    expect(fieldState(makeField('c', 'digital_signature', { order: 1, processed: true }), mine)).toBe('done');
    expect(fieldState(makeField('d', 'initials', { order: 2, processed: true }), mine)).toBe('done');
  });
  it('is view only for read-only fields and for kinds completed in the web app, mine or not', () => {
    expect(fieldState(makeField('r', 'text', { order: 2, readOnly: true }), mine)).toBe('view');
    for (const kind of INFO_FIELD_KINDS) {
      expect(fieldState(makeField('i', kind, { order: 2 }), mine)).toBe('view');
      expect(fieldState(makeField('i', kind, { order: 1 }), mine)).toBe('view');
    }
    expect(fieldState(makeField('q', 'qrcode', { order: 2, processed: true }), mine)).toBe('done');
  });
});

describe('fieldLabel', () => {
  it('says name, kind and state', () => {
    expect(fieldLabel(makeField('Signature-1', 'digital_signature'), 'todo')).toBe('Signature-1, digital signature, to do');
    expect(fieldLabel(makeField('Customer', 'in_person_signature'), 'others')).toBe('Customer, in-person signature, for someone else');
    expect(fieldLabel(makeField('Agree', 'checkbox'), 'done')).toBe('Agree, checkbox, done');
    expect(fieldLabel(makeField('QR-1', 'qrcode'), 'view')).toBe('QR-1, QR code, view only');
    expect(fieldLabel(makeField('Hand-1', 'hand_signature'), 'todo')).toBe('Hand-1, hand signature, to do');
  });
});

describe('required and open work', () => {
  it('treats signatures and initials as required, form fields only when flagged', () => {
    for (const kind of SIGNATURE_FIELD_KINDS) expect(isRequiredField(makeField('s', kind))).toBe(true);
    expect(isRequiredField(makeField('i', 'initials'))).toBe(true);
    expect(isRequiredField(makeField('t', 'text'))).toBe(false);
    expect(isRequiredField(makeField('t', 'text', { required: true }))).toBe(true);
    expect(isRequiredField(makeField('r', 'radio', { required: true }))).toBe(true);
  });
  it('never requires a hidden field, nor a kind Desk Signer only shows', () => {
    expect(isRequiredField(makeField('t', 'text', { required: true, visible: false }))).toBe(false);
    for (const kind of INFO_FIELD_KINDS) expect(isRequiredField(makeField('i', kind, { required: true }))).toBe(false);
  });
  it('open work is my unprocessed required fields', () => {
    expect(isMyOpenWork(makeField('s', 'digital_signature', { order: 2 }), mine)).toBe(true);
    expect(isMyOpenWork(makeField('s', 'digital_signature', { order: 1 }), mine)).toBe(false);
    expect(isMyOpenWork(makeField('t', 'text', { order: 2 }), mine)).toBe(false);
    expect(isMyOpenWork(makeField('h', 'hand_signature', { order: 2 }), mine)).toBe(true);
  });
  it('read-only, hidden and view-only fields are never my open work', () => {
    expect(isMyOpenWork(makeField('r', 'text', { order: 2, required: true, readOnly: true }), mine)).toBe(false);
    expect(isMyOpenWork(makeField('h', 'text', { order: 2, required: true, visible: false }), mine)).toBe(false);
    for (const kind of INFO_FIELD_KINDS) expect(isMyOpenWork(makeField('i', kind, { order: 2, required: true }), mine)).toBe(false);
    expect(packageWorkDone([[makeField('a', 'attachment', { order: 2 }), makeField('c', 'comment', { order: 2 })]], mine)).toBe(true);
  });
  it('the package is done when no document holds open work of mine', () => {
    const done = [[makeField('s', 'digital_signature', { order: 2, processed: true }), makeField('o', 'digital_signature', { order: 1 })], []];
    expect(packageWorkDone(done, mine)).toBe(true);
    expect(packageWorkDone([...done, [makeField('i', 'initials', { order: 2 })]], mine)).toBe(false);
  });
});

describe('shownFields', () => {
  it('leaves out fields the server marks invisible', () => {
    expect(shownFields([makeField('a', 'text'), makeField('b', 'text', { visible: false }), makeField('c', 'qrcode')]).map((f) => f.name)).toEqual(['a', 'c']);
  });
});

describe('isFormKind', () => {
  it('knows the five form kinds', () => {
    const kinds: FieldKind[] = ['text', 'radio', 'checkbox', 'dropdown', 'listbox', 'initials', 'qrcode', 'hand_signature'];
    expect(kinds.filter(isFormKind)).toEqual(['text', 'radio', 'checkbox', 'dropdown', 'listbox']);
  });
});

describe('needsOtp and usesAuthenticator', () => {
  const otp = { enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '' };
  it('needsOtp follows otp.enabled (the SMS code)', () => {
    expect(needsOtp(makeField('s', 'digital_signature', { otp }))).toBe(true);
    expect(needsOtp(makeField('s', 'digital_signature', { otp: { ...otp, enabled: false } }))).toBe(false);
    expect(needsOtp(makeField('s', 'digital_signature', { otp: { ...otp, enabled: false, totp: true } }))).toBe(false);
    expect(needsOtp(makeField('s', 'digital_signature'))).toBe(false);
  });
  it('usesAuthenticator only when the field asks for TOTP and not SMS', () => {
    expect(usesAuthenticator(makeField('s', 'digital_signature', { otp: { ...otp, enabled: false, totp: true } }))).toBe(true);
    expect(usesAuthenticator(makeField('s', 'digital_signature', { otp: { ...otp, totp: true } }))).toBe(false);
    expect(usesAuthenticator(makeField('s', 'digital_signature', { otp }))).toBe(false);
    expect(usesAuthenticator(makeField('s', 'digital_signature'))).toBe(false);
  });
});

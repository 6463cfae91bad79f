import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldState, isMyOpenWork, isRequiredField, needsOtp, packageWorkDone } from '../../renderer/src/document/field-state';
import { makeField } from './renderer-field-fixture';

const mine = new Set([2]);

describe('fieldState', () => {
  it('is done once processed, mine by order, else someone else’s', () => {
    expect(fieldState(makeField('a', 'digital_signature', { order: 2 }), mine)).toBe('todo');
    expect(fieldState(makeField('b', 'digital_signature', { order: 1 }), mine)).toBe('others');
    expect(fieldState(makeField('c', 'digital_signature', { order: 1, processed: true }), mine)).toBe('done');
    expect(fieldState(makeField('d', 'initials', { order: 2, processed: true }), mine)).toBe('done');
  });
});

describe('fieldLabel', () => {
  it('says name, kind and state', () => {
    expect(fieldLabel(makeField('Signature-1', 'digital_signature'), 'todo')).toBe('Signature-1, digital signature, to do');
    expect(fieldLabel(makeField('Customer', 'in_person_signature'), 'others')).toBe('Customer, in-person signature, for someone else');
    expect(fieldLabel(makeField('Agree', 'checkbox'), 'done')).toBe('Agree, checkbox, done');
  });
});

describe('required and open work', () => {
  it('treats signatures and initials as required, form fields only when flagged', () => {
    expect(isRequiredField(makeField('s', 'electronic_signature'))).toBe(true);
    expect(isRequiredField(makeField('i', 'initials'))).toBe(true);
    expect(isRequiredField(makeField('t', 'text'))).toBe(false);
    expect(isRequiredField(makeField('t', 'text', { required: true }))).toBe(true);
  });
  it('open work is my unprocessed required fields', () => {
    expect(isMyOpenWork(makeField('s', 'digital_signature', { order: 2 }), mine)).toBe(true);
    expect(isMyOpenWork(makeField('s', 'digital_signature', { order: 1 }), mine)).toBe(false);
    expect(isMyOpenWork(makeField('t', 'text', { order: 2 }), mine)).toBe(false);
  });
  it('the package is done when no document holds open work of mine', () => {
    const done = [[makeField('s', 'digital_signature', { order: 2, processed: true }), makeField('o', 'digital_signature', { order: 1 })], []];
    expect(packageWorkDone(done, mine)).toBe(true);
    expect(packageWorkDone([...done, [makeField('i', 'initials', { order: 2 })]], mine)).toBe(false);
  });
});

describe('needsOtp', () => {
  it('follows otp.enabled', () => {
    expect(needsOtp(makeField('s', 'digital_signature', { otp: { enabled: true, length: 6, retryDuration: 60, mobileNumber: '' } }))).toBe(true);
    expect(needsOtp(makeField('s', 'digital_signature', { otp: { enabled: false, length: 6, retryDuration: 60, mobileNumber: '' } }))).toBe(false);
    expect(needsOtp(makeField('s', 'digital_signature'))).toBe(false);
  });
});

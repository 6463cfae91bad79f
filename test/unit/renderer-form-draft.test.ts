import { describe, expect, it } from 'vitest';
import { currentFormValue, formBlockers, formValuesToSave, isDirty, isEditableFormField, needsAttention } from '../../renderer/src/document/form-draft';
import { makeField } from './renderer-field-fixture';

const mine = new Set([1]);
const name = makeField('Name', 'text', { required: true });
const email = makeField('Email', 'text', { formatType: 'EMAIL' });
const ref = makeField('Ref', 'text', { required: true, value: 'PO-1' });
const theirs = makeField('Theirs', 'text', { order: 2, required: true });
const agree = makeField('Agree', 'checkbox', { required: true, processed: true, value: true });
const services = makeField('Services', 'listbox', { options: ['A', 'B'], value: 'A' });
const account = makeField('Account type', 'radio', { required: true, options: ['Current', 'Savings'], value: '' });
const branch = makeField('Branch code', 'text', { readOnly: true, required: true, value: 'LDN-01' });
const internal = makeField('Internal reference', 'text', { visible: false, required: true });
const fields = [name, email, ref, theirs, agree, services, makeField('Sig', 'digital_signature')];

describe('draft values', () => {
  it('shows the draft over the server value', () => {
    expect(currentFormValue(ref, {})).toBe('PO-1');
    expect(currentFormValue(ref, { Ref: 'PO-2' })).toBe('PO-2');
  });
  it('is dirty only when the draft differs from the server', () => {
    expect(isDirty(ref, { Ref: 'PO-1' })).toBe(false);
    expect(isDirty(services, { Services: 'A' })).toBe(false);
    expect(isDirty(services, { Services: 'B' })).toBe(true);
    expect(isDirty(account, { 'Account type': 'Savings' })).toBe(true);
  });
  it('compares a DATE sent with a time and zone by its date', () => {
    const born = makeField('Date of birth', 'text', { formatType: 'DATE', value: '1990-04-01 00:00:00 +00' });
    expect(currentFormValue(born, {})).toBe('1990-04-01');
    expect(isDirty(born, { 'Date of birth': '1990-04-01' })).toBe(false);
    expect(formBlockers([born], {}, mine)).toEqual([]);
  });
});

describe('editable form fields', () => {
  it('are mine, shown and not read-only', () => {
    expect(isEditableFormField(name, mine)).toBe(true);
    expect(isEditableFormField(theirs, mine)).toBe(false);
    expect(isEditableFormField(branch, mine)).toBe(false);
    expect(isEditableFormField(internal, mine)).toBe(false);
    expect(isEditableFormField(makeField('Sig', 'digital_signature'), mine)).toBe(false);
  });
});

describe('formBlockers', () => {
  it('lists my form fields whose current value is invalid, never someone else’s', () => {
    expect(formBlockers(fields, {}, mine).map((f) => f.name)).toEqual(['Name']);
    expect(formBlockers(fields, { Name: 'Al', Email: 'nope' }, mine).map((f) => f.name)).toEqual(['Email']);
    expect(formBlockers(fields, { Name: 'Al' }, mine)).toEqual([]);
  });
  it('blocks on an unchosen required radio group, never on read-only or hidden fields', () => {
    expect(formBlockers([account, branch, internal], {}, mine).map((f) => f.name)).toEqual(['Account type']);
    expect(formBlockers([account, branch, internal], { 'Account type': 'Savings' }, mine)).toEqual([]);
  });
});

describe('formValuesToSave', () => {
  it('sends my edits plus my unprocessed required fields, each with its kind', () => {
    expect(formValuesToSave(fields, { Name: 'Al', Services: 'B', Theirs: 'x' }, mine)).toEqual([
      { fieldName: 'Name', kind: 'text', value: 'Al' },
      { fieldName: 'Ref', kind: 'text', value: 'PO-1' },
      { fieldName: 'Services', kind: 'listbox', value: 'B' },
    ]);
  });
  it('sends a radio group as its name with the chosen button', () => {
    expect(formValuesToSave([account], { 'Account type': 'Savings' }, mine)).toEqual([{ fieldName: 'Account type', kind: 'radio', value: 'Savings' }]);
  });
  it('never sends a read-only or hidden field, even when a draft holds one', () => {
    expect(formValuesToSave([branch, internal], { 'Branch code': 'X', 'Internal reference': 'Y' }, mine)).toEqual([]);
  });
  it('sends nothing when all is saved', () => {
    const saved = [makeField('Ref', 'text', { required: true, processed: true, value: 'PO-1' })];
    expect(formValuesToSave(saved, {}, mine)).toEqual([]);
  });
});

describe('needsAttention', () => {
  it('visits open signatures, and required form fields only while invalid', () => {
    expect(needsAttention(makeField('Sig', 'digital_signature'), {}, mine)).toBe(true);
    expect(needsAttention(name, {}, mine)).toBe(true);
    expect(needsAttention(name, { Name: 'Al' }, mine)).toBe(false);
    expect(needsAttention(ref, {}, mine)).toBe(false);
    expect(needsAttention(theirs, {}, mine)).toBe(false);
    expect(needsAttention(email, { Email: 'nope' }, mine)).toBe(false);
  });
  it('never visits read-only, hidden or view-only fields', () => {
    expect(needsAttention(branch, {}, mine)).toBe(false);
    expect(needsAttention(internal, {}, mine)).toBe(false);
    expect(needsAttention(makeField('QR', 'qrcode', { required: true }), {}, mine)).toBe(false);
  });
});

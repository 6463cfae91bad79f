import { describe, expect, it } from 'vitest';
import { FIELD_KINDS, INFO_FIELD_KINDS, SIGNATURE_FIELD_KINDS } from '../../shared/field-kinds';
import type { FieldInfo, FieldOtp } from '../../shared/contract';
import { groupFieldsByKind, offersOtp } from '../../renderer/src/document/field-groups';
import { fieldKindHeading } from '../../renderer/src/text/format';
import { makeField } from './renderer-field-fixture';

function field(name: string, kind: FieldInfo['kind'], page: number, processed = false): FieldInfo {
  return makeField(name, kind, { page, processed });
}

const SMS: FieldOtp = { enabled: true, totp: false, length: 6, retryDuration: 60, mobileNumber: '' };

describe('groupFieldsByKind', () => {
  it('groups in the contract kind order, sorted by page, leaving out empty kinds', () => {
    const groups = groupFieldsByKind([
      field('text-2', 'text', 2),
      field('sig-3', 'digital_signature', 3),
      field('text-1', 'text', 1),
      field('sig-1', 'digital_signature', 1),
      field('box', 'checkbox', 1),
    ]);
    expect(groups.map((group) => group.heading)).toEqual(['Digital signatures', 'Text fields', 'Checkboxes']);
    expect(groups[0]?.fields.map((f) => f.name)).toEqual(['sig-1', 'sig-3']);
    expect(groups[1]?.fields.map((f) => f.name)).toEqual(['text-1', 'text-2']);
  });

  it('keeps the server order of fields on the same page', () => {
    const groups = groupFieldsByKind([field('b', 'initials', 1), field('a', 'initials', 1)]);
    expect(groups[0]?.fields.map((f) => f.name)).toEqual(['b', 'a']);
  });

  it('returns nothing for no fields', () => {
    expect(groupFieldsByKind([])).toEqual([]);
  });

  it('drops no kind: every field of every kind lands in a group with its own heading', () => {
    const all = FIELD_KINDS.map((kind) => field(`f-${kind}`, kind, 1));
    const groups = groupFieldsByKind(all);
    expect(groups.flatMap((group) => group.fields)).toHaveLength(FIELD_KINDS.length);
    expect(new Set(groups.map((group) => group.heading)).size).toBe(FIELD_KINDS.length);
    expect(groups.filter((group) => (INFO_FIELD_KINDS as readonly string[]).includes(group.kind)).map((group) => group.heading)).toEqual([
      'QR codes',
      'Attachments',
      'Comments',
      'Unique identifiers',
    ]);
    expect(fieldKindHeading('hand_signature')).toBe('Hand signatures');
  });
});

describe('offersOtp', () => {
  // The fields are recipient 1's (makeField's default order).
  const MINE: ReadonlySet<number> = new Set([1]);

  it('offers Send OTP on my unprocessed signature fields that announce an SMS code', () => {
    for (const kind of SIGNATURE_FIELD_KINDS.filter((kind) => kind !== 'in_person_signature')) {
      expect(offersOtp(makeField('s', kind, { otp: SMS }), MINE)).toBe(true);
    }
    expect(offersOtp(makeField('d', 'digital_signature', { otp: SMS, processed: true }), MINE)).toBe(false);
    expect(offersOtp(makeField('e', 'initials', { otp: SMS }), MINE)).toBe(false);
    expect(offersOtp(field('f', 'text', 1), MINE)).toBe(false);
  });
  it('offers none where the field announces no SMS code: no settings, disabled, or an authenticator code', () => {
    expect(offersOtp(field('a', 'digital_signature', 1), MINE)).toBe(false);
    expect(offersOtp(makeField('b', 'digital_signature', { otp: { ...SMS, enabled: false } }), MINE)).toBe(false);
    expect(offersOtp(makeField('c', 'digital_signature', { otp: { ...SMS, enabled: false, totp: true } }), MINE)).toBe(false);
  });
  it('offers none on someone else’s field, even one that needs a code', () => {
    for (const kind of SIGNATURE_FIELD_KINDS) expect(offersOtp(makeField('p', kind, { otp: SMS, order: 2 }), MINE)).toBe(false);
  });
  it('offers none on an in-person field I host: the code is the walk-up signer’s, asked for in their own window', () => {
    const hosted = makeField('Customer-Signature', 'in_person_signature', { otp: SMS, order: 3 });
    expect(offersOtp(hosted, new Set([3]))).toBe(false);
  });
});

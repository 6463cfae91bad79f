import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../main/ipc/contract';
import { groupFieldsByKind, offersOtp } from '../../renderer/src/fields';

function field(name: string, kind: FieldInfo['kind'], page: number, processed = false): FieldInfo {
  return { name, kind, order: 1, page, type: '', processed, processedBy: '', otp: null, placeholder: '', box: null, value: null, required: false, maxLength: null, formatType: '', options: [] };
}

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
});

describe('offersOtp', () => {
  it('offers an OTP on unprocessed signature fields only', () => {
    expect(offersOtp(field('a', 'digital_signature', 1))).toBe(true);
    expect(offersOtp(field('b', 'electronic_signature', 1))).toBe(true);
    expect(offersOtp(field('c', 'in_person_signature', 1))).toBe(true);
    expect(offersOtp(field('d', 'digital_signature', 1, true))).toBe(false);
    expect(offersOtp(field('e', 'initials', 1))).toBe(false);
    expect(offersOtp(field('f', 'text', 1))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { INPUT_SCHEMAS } from '../../main/ipc/input-schemas.js';

const ref = { packageId: 1, documentId: 2, fieldName: 'Signature-1' };
const PNG_B64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('bridge input schemas', () => {
  it('accepts a drawn signature with a PNG and a stored one without', () => {
    expect(INPUT_SCHEMAS.signField.safeParse({ ...ref, otp: '123456', method: 'drawn', image: PNG_B64 }).success).toBe(true);
    expect(INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'stored' }).success).toBe(true);
  });

  it('refuses a drawn signature without an image, a non-PNG image and a malformed code', () => {
    const missing = INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'drawn' });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.message).toBe('A drawn or typed signature needs its image.');
    expect(INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'typed', image: '/9j/4AAQSkZJRg==' }).success).toBe(false);
    expect(INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'stored', otp: '12 34' }).success).toBe(false);
    expect(INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'stored', sneaky: 1 }).success).toBe(false);
  });

  it('needs a decline reason of 1 to 500 characters', () => {
    expect(INPUT_SCHEMAS.declinePackage.safeParse({ packageId: 1, reason: '   ' }).error?.issues[0]?.message).toBe('Enter a reason for declining.');
    expect(INPUT_SCHEMAS.declinePackage.safeParse({ packageId: 1, reason: 'x'.repeat(501) }).error?.issues[0]?.message).toBe(
      'The reason can be at most 500 characters.',
    );
    expect(INPUT_SCHEMAS.declinePackage.safeParse({ packageId: 1, reason: 'x'.repeat(500) }).success).toBe(true);
  });

  it('normalises free text and refuses invisible reasons, control and bidi-override characters', () => {
    const decline = (reason: string) => INPUT_SCHEMAS.declinePackage.safeParse({ packageId: 1, reason });
    expect(decline('\u200b\u200b\u200b').error?.issues[0]?.message).toMatch(/visible/);
    expect(decline('Wrong \u202eeulav').error?.issues[0]?.message).toMatch(/invisible/);
    expect(decline('  Cafe\u0301 closed  ').data).toEqual({ packageId: 1, reason: 'Café closed' });
    // An optional reason that is blank is left out; one that is invisible is refused.
    expect(INPUT_SCHEMAS.approvePackage.safeParse({ packageId: 1, reason: '  ' }).data).toEqual({ packageId: 1 });
    expect(INPUT_SCHEMAS.approvePackage.safeParse({ packageId: 1, reason: '\u200b' }).success).toBe(false);
    const sign = (extra: Record<string, string>) => INPUT_SCHEMAS.signField.safeParse({ ...ref, method: 'stored', ...extra });
    expect(sign({ location: 'Zu\u0308rich ', contact: ' ', reason: 'OK' }).data).toMatchObject({ location: 'Zürich', reason: 'OK' });
    expect(sign({ location: 'Zu\u0308rich ', contact: ' ' }).data?.contact).toBeUndefined();
    expect(sign({ contact: 'call\u0007me' }).error?.issues[0]?.message).toMatch(/^The contact details /);
    expect(sign({ inPersonName: '\u200b' }).error?.issues[0]?.message).toMatch(/visible/);
    expect(sign({ inPersonName: 'Eve \u2066Mallory' }).success).toBe(false);
    expect(sign({ inPersonName: ' Eve ' }).data).toMatchObject({ inPersonName: 'Eve' });
  });

  it('bounds page images and form values', () => {
    expect(INPUT_SCHEMAS.getPageImage.safeParse({ packageId: 1, documentId: 2, page: 1, width: 99_999, height: 10 }).success).toBe(false);
    expect(INPUT_SCHEMAS.saveFormFields.safeParse({ packageId: 1, documentId: 2, values: [] }).success).toBe(false);
    // A list box is single-choice: its value is one string, like a dropdown's or a radio group's chosen button.
    expect(INPUT_SCHEMAS.saveFormFields.safeParse({ packageId: 1, documentId: 2, values: [{ fieldName: 'x', kind: 'listbox', value: 'a' }] }).success).toBe(
      true,
    );
    expect(
      INPUT_SCHEMAS.saveFormFields.safeParse({ packageId: 1, documentId: 2, values: [{ fieldName: 'Account type', kind: 'radio', value: 'Savings' }] }).success,
    ).toBe(true);
    expect(
      INPUT_SCHEMAS.saveFormFields.safeParse({ packageId: 1, documentId: 2, values: [{ fieldName: 'x', kind: 'listbox', value: ['a', 'b'] }] }).success,
    ).toBe(false);
    expect(INPUT_SCHEMAS.saveFormFields.safeParse({ packageId: 1, documentId: 2, values: [{ fieldName: 'x', kind: 'signature', value: 'a' }] }).success).toBe(
      false,
    );
  });
});

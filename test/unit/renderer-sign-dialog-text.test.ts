import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract';
import { codeSentLine, fieldPlace, signDialogTitle, signerNameFor } from '../../renderer/src/signing/sign-dialog-text';
import { refusesCode } from '../../renderer/src/signing/code-entry';
import { CONSENT_STATEMENT } from '../../renderer/src/text/consent';

const recipient = (order: number, name: string, email: string): Recipient => ({ order, name, email, role: 'SIGNER', processStatus: 'UN_PROCESSED' });
const signature = { kind: 'digital_signature' as const, order: 2, placeholder: '' };

describe('signerNameFor', () => {
  it('is my name from my recipient entry for the field’s order, matching the email in any case', () => {
    const users = [
      recipient(1, 'Bob Example', 'bob@example.com'),
      recipient(2, 'Alice (Legal)', 'Alice@Example.com'),
      recipient(3, 'Alice Example', 'alice@example.com'),
    ];
    expect(signerNameFor(signature, users, ' alice@example.com')).toBe('Alice (Legal)');
    expect(signerNameFor({ ...signature, order: 9 }, users, 'alice@example.com')).toBe('Alice (Legal)');
  });

  it('skips blank names and is empty when the workflow does not list me', () => {
    expect(signerNameFor(signature, [recipient(2, '  ', 'alice@example.com'), recipient(4, ' Alice Example ', 'alice@example.com')], 'alice@example.com')).toBe(
      'Alice Example',
    );
    expect(signerNameFor(signature, [recipient(2, 'Bob Example', 'bob@example.com')], 'alice@example.com')).toBe('');
  });

  it('is the in-person signer’s label for an in-person field, never the host’s name', () => {
    const users = [recipient(3, 'Alice Example', 'alice@example.com')];
    expect(signerNameFor({ kind: 'in_person_signature', order: 3, placeholder: ' Customer ' }, users, 'alice@example.com')).toBe('Customer');
    expect(signerNameFor({ kind: 'in_person_signature', order: 3, placeholder: '' }, users, 'alice@example.com')).toBe('');
  });
});

describe('the dialog’s words', () => {
  it('titles the dialog by the signer, or by the field when no name is known', () => {
    expect(signDialogTitle('Alice Example', 'Signature-1')).toBe('Sign as Alice Example');
    expect(signDialogTitle('', 'Signature-1')).toBe('Sign Signature-1');
  });

  it('says where the field is, leaving out what is unknown', () => {
    expect(fieldPlace({ kind: 'digital_signature', page: 2 }, 'Contract.pdf')).toBe('Signature on page 2 of Contract.pdf');
    expect(fieldPlace({ kind: 'in_person_signature', page: 1 }, 'Lease.pdf')).toBe('In-person signature on page 1 of Lease.pdf');
    expect(fieldPlace({ kind: 'hand_signature', page: 0 }, 'Contract.pdf')).toBe('Signature in Contract.pdf');
    expect(fieldPlace({ kind: 'hand_signature', page: 3 }, ' ')).toBe('Signature on page 3');
  });

  it('says where the code went with the number masked', () => {
    expect(codeSentLine('+447700907890', false)).toBe('We sent a code to +44 •••• ••7890.');
    expect(codeSentLine('+44******7890', true)).toBe('We sent a code to +44••••••7890.');
    expect(codeSentLine('', false)).toBe('We sent a code by SMS to the mobile number in your SigningHub profile.');
    expect(codeSentLine(' ', true)).toBe('We sent a code by SMS.');
  });

  it('has one consent statement that names the Sign button', () => {
    expect(CONSENT_STATEMENT).toMatch(/^By selecting Sign, you agree that this electronic signature is the legal equivalent of your handwritten signature/);
  });
});

describe('refusesCode', () => {
  it('is true for the server’s refusal of the code, keyed or named', () => {
    expect(refusesCode({ status: 403, message: 'The One Time Password (OTP) does not match' })).toBe(true);
    expect(refusesCode({ status: 403, code: 'otp_required', message: 'One time password is required' })).toBe(true);
    expect(refusesCode({ status: 400, message: 'The one-time code has expired' })).toBe(true);
  });

  it('is false for other refusals and for failures that never reached the server', () => {
    expect(refusesCode({ status: 403, message: 'Document does not belong to user' })).toBe(false);
    expect(refusesCode({ status: 500, message: 'An internal server error occurred while processing the request' })).toBe(false);
    expect(refusesCode({ message: 'OTP could not be sent: no connection' })).toBe(false);
  });
});

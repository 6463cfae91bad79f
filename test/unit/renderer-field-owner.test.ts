import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract';
import { fieldOwnerText } from '../../renderer/src/document/field-owner';
import { makeField } from './renderer-field-fixture';

const users: Recipient[] = [
  { order: 1, name: 'Alice Example', email: 'alice@example.com', role: 'REVIEWER', processStatus: 'UN_PROCESSED' },
  { order: 2, name: 'Priya Shah', email: 'priya.shah@northwind.example', role: 'SIGNER', processStatus: 'UN_PROCESSED' },
];

describe('fieldOwnerText', () => {
  it('names whose field it is when it is someone else’s, from the workflow by the field’s order', () => {
    expect(fieldOwnerText(makeField('Signature-2', 'digital_signature', { order: 2 }), 'others', users)).toBe('For Priya Shah');
  });
  it('says "someone else" when no recipient has that order', () => {
    expect(fieldOwnerText(makeField('Signature-9', 'digital_signature', { order: 9 }), 'others', users)).toBe('For someone else');
  });
  it('says mine are mine, and who completed a done field', () => {
    expect(fieldOwnerText(makeField('Signature-1', 'digital_signature'), 'todo', users)).toBe('Yours to do');
    expect(fieldOwnerText(makeField('Signature-1', 'digital_signature', { processed: true, processedBy: 'Alice Example' }), 'done', users)).toBe(
      'By Alice Example',
    );
    expect(fieldOwnerText(makeField('Signature-1', 'digital_signature', { processed: true }), 'done', users)).toBe('');
    expect(fieldOwnerText(makeField('QR', 'qrcode', { order: 2 }), 'view', users)).toBe('');
  });
});

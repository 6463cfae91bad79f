import { describe, expect, it } from 'vitest';
import { checkFreeText, checkSigningDetails, DECLINE_REASON, LOCATION, OPTIONAL_REASON, SIGNER_NAME } from '../../shared/free-text.js';

function refusal(text: string, rule = DECLINE_REASON): string {
  const result = checkFreeText(text, rule);
  if (result.ok) throw new Error(`${JSON.stringify(text)} was accepted`);
  return result.message;
}

describe('checkFreeText', () => {
  it('normalises to NFC and trims', () => {
    // "é" typed as e + combining acute becomes the one precomposed character.
    expect(checkFreeText('  Cafe\u0301 closed \n', DECLINE_REASON)).toEqual({ ok: true, value: 'Café closed' });
    expect(checkFreeText('\u3000Zürich\u00a0', LOCATION)).toEqual({ ok: true, value: 'Zürich' });
  });

  it('keeps line breaks in a reason, as one kind of break', () => {
    expect(checkFreeText('First line\r\nSecond line', DECLINE_REASON)).toEqual({ ok: true, value: 'First line\nSecond line' });
    expect(refusal('Zürich\nBern', LOCATION)).toMatch(/control/);
  });

  it('refuses control and bidi-override characters', () => {
    for (const text of ['Pay \u202eeulav\u202c', 'abc\u2066def\u2069', 'bell\u0007', 'nul\u0000', 'lone \ud800 surrogate', 'a\u200fb']) {
      const message = refusal(text);
      expect(message).toMatch(/^The reason /);
      expect(message).toMatch(/invisible/);
    }
  });

  it('needs at least one visible character', () => {
    expect(refusal('\u200b\u200b\u200b')).toMatch(/visible/);
    expect(refusal('\u200b \u2060\ufeff\u3164\u2800')).toMatch(/visible/);
    expect(refusal('\u0301\u0301')).toMatch(/visible/);
    expect(refusal('   ')).toBe(DECLINE_REASON.missing);
    expect(refusal('\u200b', SIGNER_NAME)).toMatch(/visible/);
    // Joiners inside real words are kept: some scripts and emoji need them.
    expect(checkFreeText('می\u200cخواهم', DECLINE_REASON)).toEqual({ ok: true, value: 'می\u200cخواهم' });
    expect(checkFreeText('👩\u200d💻', SIGNER_NAME)).toEqual({ ok: true, value: '👩\u200d💻' });
  });

  it('treats blank optional text as nothing, and caps the length', () => {
    expect(checkFreeText('   ', OPTIONAL_REASON)).toEqual({ ok: true, value: '' });
    expect(refusal('\u200b', OPTIONAL_REASON)).toMatch(/visible/);
    expect(checkFreeText('x'.repeat(OPTIONAL_REASON.maxLength), OPTIONAL_REASON).ok).toBe(true);
    expect(refusal('x'.repeat(OPTIONAL_REASON.maxLength + 1), OPTIONAL_REASON)).toBe(`The reason can be at most ${OPTIONAL_REASON.maxLength} characters.`);
  });
});

describe('checkSigningDetails', () => {
  it('sends the normalised details, leaves blank ones out, and names each bad one', () => {
    expect(checkSigningDetails({ reason: ' I agree ', location: 'Zu\u0308rich', contact: '  ' })).toEqual({
      values: { reason: 'I agree', location: 'Zürich' },
      errors: {},
    });
    const { values, errors } = checkSigningDetails({ reason: 'OK', location: 'London \u202eevil', contact: '\u200b' });
    expect(values).toEqual({ reason: 'OK' });
    expect(errors.location).toMatch(/^The location contains invisible/);
    expect(errors.contact).toMatch(/^The contact details have no visible/);
  });
});

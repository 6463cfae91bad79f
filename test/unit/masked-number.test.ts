import { describe, expect, it } from 'vitest';
import { maskedNumber } from '../../renderer/src/text/masked-number.js';

describe('maskedNumber', () => {
  it('keeps the country code and the last four digits', () => {
    expect(maskedNumber('+44 7700 907890')).toBe('+44 •••• ••7890');
    expect(maskedNumber('+447700907890')).toBe('+44 •••• ••7890');
  });
  it('hides all but the last four of a national number', () => {
    expect(maskedNumber('07700 907890')).toBe('•••• •••7890');
  });
  it('never shows a short number', () => {
    expect(maskedNumber('1234')).toBe('••••');
    expect(maskedNumber('   ')).toBe('');
  });
  it('keeps the shape of a number the server masked already', () => {
    expect(maskedNumber('+44******7890')).toBe('+44••••••7890');
  });
});

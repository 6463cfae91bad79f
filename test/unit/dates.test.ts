import { describe, expect, it } from 'vitest';
import { parseServerDate } from '../../main/signinghub/dates.js';

describe('parseServerDate', () => {
  it('reads zone-less, Z and space-separated SigningHub timestamps', () => {
    expect(parseServerDate('2015-01-12T11:12:13')).toBe('2015-01-12T11:12:13.000Z');
    expect(parseServerDate('2015-01-12T11:12:13Z')).toBe('2015-01-12T11:12:13.000Z');
    expect(parseServerDate('2015-01-12 11:12:13')).toBe('2015-01-12T11:12:13.000Z');
    expect(parseServerDate('2015-01-12T11:12:13.1234567')).toBe('2015-01-12T11:12:13.123Z');
    expect(parseServerDate('2015-01-12T11:12:13+02:00')).toBe('2015-01-12T09:12:13.000Z');
    expect(parseServerDate('2015-01-12T11:12:13+0200')).toBe('2015-01-12T09:12:13.000Z');
    // .NET's seven-digit fractions near a whole second must not round into the next one.
    expect(parseServerDate('2015-01-12T11:12:13.9999999')).toBe('2015-01-12T11:12:13.999Z');
    expect(parseServerDate('2015-01-12T11:12:13.25+02:00')).toBe('2015-01-12T09:12:13.250Z');
  });

  it('returns null for anything else instead of throwing', () => {
    for (const bad of ['', 'yesterday', '2015-13-45T99:99:99', null, undefined, 42, {}]) {
      expect(parseServerDate(bad)).toBeNull();
    }
  });
});

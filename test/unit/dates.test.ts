import { describe, expect, it } from 'vitest';
import { isValidTimeZone, parseServerDate } from '../../main/signinghub/dates.js';

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

  it('reads +0000, short fractions, a spaced +00 and minute-only times', () => {
    expect(parseServerDate('2026-03-04T09:05:06+0000')).toBe('2026-03-04T09:05:06.000Z');
    expect(parseServerDate('2026-03-04T09:05:06.39')).toBe('2026-03-04T09:05:06.390Z');
    expect(parseServerDate('2026-03-04T09:05:06.3Z')).toBe('2026-03-04T09:05:06.300Z');
    expect(parseServerDate('1990-04-01 00:00:00 +00')).toBe('1990-04-01T00:00:00.000Z');
    expect(parseServerDate('2026-03-04 09:05')).toBe('2026-03-04T09:05:00.000Z');
    expect(parseServerDate('2026-03-04T09:05:06-05:30')).toBe('2026-03-04T14:35:06.000Z');
  });

  it('reads zone-less times in the server time zone, summer time included, and zoned ones as given', () => {
    expect(parseServerDate('2026-01-15T09:00:00', 'Europe/London')).toBe('2026-01-15T09:00:00.000Z');
    expect(parseServerDate('2026-07-15T09:00:00', 'Europe/London')).toBe('2026-07-15T08:00:00.000Z');
    expect(parseServerDate('2026-07-15 09:00:00.5', 'Asia/Kolkata')).toBe('2026-07-15T03:30:00.500Z');
    expect(parseServerDate('2026-07-15T09:00:00', 'America/New_York')).toBe('2026-07-15T13:00:00.000Z');
    expect(parseServerDate('2026-07-15T09:00:00Z', 'Asia/Kolkata')).toBe('2026-07-15T09:00:00.000Z');
    expect(parseServerDate('2026-07-15T09:00:00+0000', 'America/New_York')).toBe('2026-07-15T09:00:00.000Z');
  });

  it('returns null for anything else instead of throwing', () => {
    for (const bad of ['', 'yesterday', '2015-13-45T99:99:99', '2015-02-30T10:00:00', '2015-01-12T11:12:13 +2', null, undefined, 42, {}]) {
      expect(parseServerDate(bad)).toBeNull();
      expect(parseServerDate(bad, 'Europe/Paris')).toBeNull();
    }
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA names and refuses anything else', () => {
    for (const zone of ['UTC', 'Europe/London', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires']) expect(isValidTimeZone(zone)).toBe(true);
    for (const zone of ['', 'Mars/Olympus', 'GMT+25', 'London']) expect(isValidTimeZone(zone)).toBe(false);
  });
});

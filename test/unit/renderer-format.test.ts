import { describe, expect, it } from 'vitest';
import { PACKAGE_STATUSES } from '../../main/ipc/contract';
import {
  STATUS_FILTER_OPTIONS,
  fieldKindHeading,
  fieldStatusLabel,
  formatDateTime,
  isSignatureKind,
  isStatusFilter,
  pageCountLabel,
  pageLabel,
  statusFilterLabel,
  statusLabel,
} from '../../renderer/src/format';

describe('status filter options', () => {
  it('lists Pending first, then every other contract status once', () => {
    expect(STATUS_FILTER_OPTIONS.map(statusFilterLabel)).toEqual([
      'Pending',
      'All',
      'In progress',
      'Signed',
      'Declined',
      'Draft',
      'Completed',
    ]);
    expect([...STATUS_FILTER_OPTIONS].sort()).toEqual([...PACKAGE_STATUSES].sort());
  });

  it('recognises only contract statuses', () => {
    expect(isStatusFilter('INPROGRESS')).toBe(true);
    expect(isStatusFilter('inprogress')).toBe(false);
    expect(isStatusFilter('')).toBe(false);
  });
});

describe('statusLabel', () => {
  it('labels the statuses the server sends', () => {
    expect(statusLabel('INPROGRESS')).toBe('In progress');
    expect(statusLabel('IN_PROGRESS')).toBe('In progress');
    expect(statusLabel('UN_PROCESSED')).toBe('Waiting');
    expect(statusLabel('SIGNED')).toBe('Signed');
    expect(statusLabel('pending')).toBe('Pending');
  });

  it('humanizes unknown statuses and never returns an empty label', () => {
    expect(statusLabel('SERIAL_WORKFLOW')).toBe('Serial workflow');
    expect(statusLabel('  ')).toBe('Unknown');
  });
});

describe('formatDateTime', () => {
  it('formats an ISO date in the given locale and zone', () => {
    expect(formatDateTime('2015-01-12T11:12:13Z', 'en-GB', 'UTC')).toBe('12 Jan 2015, 11:12');
  });

  it('returns null for a missing or unreadable date instead of throwing', () => {
    expect(formatDateTime(null)).toBeNull();
    expect(formatDateTime('not a date')).toBeNull();
  });
});

describe('field labels', () => {
  it('names every kind group', () => {
    expect(fieldKindHeading('digital_signature')).toBe('Digital signatures');
    expect(fieldKindHeading('in_person_signature')).toBe('In-person signatures');
    expect(fieldKindHeading('listbox')).toBe('List boxes');
  });

  it('says Signed for signatures and Done for other fields once processed', () => {
    expect(fieldStatusLabel({ kind: 'electronic_signature', processed: true })).toBe('Signed');
    expect(fieldStatusLabel({ kind: 'text', processed: true })).toBe('Done');
    expect(fieldStatusLabel({ kind: 'digital_signature', processed: false })).toBe('To do');
  });

  it('knows which kinds are signatures', () => {
    expect(isSignatureKind('in_person_signature')).toBe(true);
    expect(isSignatureKind('initials')).toBe(false);
  });

  it('labels pages', () => {
    expect(pageLabel(3)).toBe('Page 3');
    expect(pageCountLabel(1)).toBe('1 page');
    expect(pageCountLabel(12)).toBe('12 pages');
  });
});

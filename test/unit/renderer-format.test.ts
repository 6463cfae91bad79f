import { describe, expect, it } from 'vitest';
import { PACKAGE_STATUSES } from '../../shared/contract';
import { FIELD_KINDS, INFO_FIELD_KINDS, SIGNATURE_FIELD_KINDS, isInfoKind, isSignatureKind } from '../../shared/field-kinds';
import {
  STATUS_FILTER_OPTIONS,
  fieldKindHeading,
  fieldStatusLabel,
  formatDateTime,
  humanize,
  isStatusFilter,
  pageCountLabel,
  pageLabel,
  statusFilterLabel,
  statusLabel,
} from '../../renderer/src/text/format';

describe('status filter options', () => {
  it('lists Pending first, then every other contract status once', () => {
    expect(STATUS_FILTER_OPTIONS.map(statusFilterLabel)).toEqual(['Pending', 'All', 'In progress', 'Signed', 'Declined', 'Draft', 'Completed']);
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

  it('shows the real workflow, recipient and role values as words', () => {
    expect(statusLabel('SHARED')).toBe('Shared');
    expect(statusLabel('INVALID')).toBe('Invalid');
    expect(statusLabel('IN_PRGORESS')).toBe('In progress');
    expect(humanize('ELECTRONIC_SEAL')).toBe('Electronic seal');
    expect(humanize('')).toBe('Unknown');
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
    expect(fieldStatusLabel({ kind: 'electronic_signature', processed: true, readOnly: false })).toBe('Signed');
    expect(fieldStatusLabel({ kind: 'hand_signature', processed: true, readOnly: false })).toBe('Signed');
    expect(fieldStatusLabel({ kind: 'text', processed: true, readOnly: false })).toBe('Done');
    expect(fieldStatusLabel({ kind: 'digital_signature', processed: false, readOnly: false })).toBe('To do');
  });

  it('says View only for read-only fields and the kinds completed in the web app', () => {
    expect(fieldStatusLabel({ kind: 'text', processed: false, readOnly: true })).toBe('View only');
    expect(fieldStatusLabel({ kind: 'qrcode', processed: false, readOnly: false })).toBe('View only');
    expect(fieldStatusLabel({ kind: 'comment', processed: true, readOnly: false })).toBe('Done');
  });

  it('sorts every kind into signatures, shown-only kinds or neither, from the contract’s lists', () => {
    expect(FIELD_KINDS.filter(isSignatureKind)).toEqual([...SIGNATURE_FIELD_KINDS]);
    expect(FIELD_KINDS.filter(isInfoKind)).toEqual([...INFO_FIELD_KINDS]);
    expect(isSignatureKind('initials')).toBe(false);
    expect(fieldKindHeading('unique_identifier')).toBe('Unique identifiers');
  });

  it('labels pages', () => {
    expect(pageLabel(3)).toBe('Page 3');
    expect(pageCountLabel(1)).toBe('1 page');
    expect(pageCountLabel(12)).toBe('12 pages');
  });
});

import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract';
import { availableActions, canFinish, isOpenRecipient, myOrders, nextRecipient, recipientName, roleLabel } from '../../renderer/src/document/my-role';

const user = (order: number, email: string, role: string, processStatus = 'UN_PROCESSED'): Recipient => ({
  order,
  name: email.split('@')[0] ?? '',
  email,
  role,
  processStatus,
});

describe('myOrders', () => {
  it('collects every entry of mine, by email, ignoring case and spaces', () => {
    const users = [user(1, 'alice@example.com', 'INPERSON_HOST'), user(2, 'priya@example.com', 'SIGNER'), user(3, 'Alice@Example.com ', 'SIGNER')];
    expect([...myOrders(users, 'ALICE@example.com')]).toEqual([1, 3]);
    expect(myOrders(users, 'nobody@example.com').size).toBe(0);
  });
});

describe('nextRecipient', () => {
  it('is the lowest open order, skipping carbon copies and finished recipients', () => {
    const users = [
      user(3, 'c@x.io', 'SIGNER'),
      user(1, 'a@x.io', 'SIGNER', 'SIGNED'),
      user(2, 'cc@x.io', 'CARBON_COPY'),
      user(4, 'b@x.io', 'REVIEWER', 'IN_PROGRESS'),
    ];
    expect(nextRecipient(users)?.email).toBe('c@x.io');
  });
  it('is null when everyone has finished', () => {
    expect(nextRecipient([user(1, 'a@x.io', 'SIGNER', 'SIGNED'), user(2, 'b@x.io', 'REVIEWER', 'REVIEWED')])).toBeNull();
  });
  it('counts UN_PROCESSED and IN_PROGRESS as open', () => {
    expect(isOpenRecipient({ processStatus: 'UN_PROCESSED' })).toBe(true);
    expect(isOpenRecipient({ processStatus: 'in_progress' })).toBe(true);
    expect(isOpenRecipient({ processStatus: 'DECLINED' })).toBe(false);
  });
});

describe('availableActions', () => {
  it('follows the role: signer declines, reviewer approves or declines, editor submits or declines', () => {
    expect(availableActions([user(1, 'me@x.io', 'SIGNER')], 'me@x.io')).toEqual(['decline']);
    expect(availableActions([user(1, 'me@x.io', 'REVIEWER')], 'me@x.io')).toEqual(['approve', 'decline']);
    expect(availableActions([user(1, 'me@x.io', 'EDITOR')], 'me@x.io')).toEqual(['submit', 'decline']);
    expect(availableActions([user(1, 'me@x.io', 'INPERSON_HOST')], 'me@x.io')).toEqual(['decline']);
  });
  it('offers nothing once my entry is done, or for carbon copies and other people', () => {
    expect(availableActions([user(1, 'me@x.io', 'SIGNER', 'SIGNED')], 'me@x.io')).toEqual([]);
    expect(availableActions([user(1, 'me@x.io', 'CARBON_COPY')], 'me@x.io')).toEqual([]);
    expect(availableActions([user(1, 'you@x.io', 'REVIEWER')], 'me@x.io')).toEqual([]);
  });
  it('merges several entries without repeating decline', () => {
    expect(availableActions([user(1, 'me@x.io', 'REVIEWER'), user(2, 'me@x.io', 'SIGNER')], 'me@x.io')).toEqual(['approve', 'decline']);
  });
});

describe('canFinish', () => {
  it('is true for my open signer or host entry only', () => {
    expect(canFinish([user(1, 'me@x.io', 'SIGNER')], 'me@x.io')).toBe(true);
    expect(canFinish([user(1, 'me@x.io', 'INPERSON_HOST', 'IN_PROGRESS')], 'me@x.io')).toBe(true);
    expect(canFinish([user(1, 'me@x.io', 'REVIEWER')], 'me@x.io')).toBe(false);
    expect(canFinish([user(1, 'me@x.io', 'SIGNER', 'SIGNED')], 'me@x.io')).toBe(false);
  });
});

describe('roleLabel', () => {
  it('names the known roles and shows unknown ones as words', () => {
    expect(roleLabel('INPERSON_HOST')).toBe('In-person host');
    expect(roleLabel('CARBON_COPY')).toBe('Carbon copy');
    expect(roleLabel('APPROVER')).toBe('Approver');
    expect(roleLabel('ELECTRONIC_SEAL')).toBe('Electronic seal');
  });
});

describe('recipientName', () => {
  const users: Recipient[] = [
    { order: 1, name: 'Alice Example', email: 'alice@example.com', role: 'REVIEWER', processStatus: 'UN_PROCESSED' },
    { order: 2, name: 'Priya Shah', email: 'priya.shah@northwind.example', role: 'SIGNER', processStatus: 'UN_PROCESSED' },
    { order: 3, name: ' ', email: 'kiosk@example.com', role: 'INPERSON_HOST', processStatus: 'UN_PROCESSED' },
  ];
  it('names the recipient of a workflow order', () => {
    expect(recipientName(users, 2)).toBe('Priya Shah');
  });
  it('falls back to the email when the name is blank, and to null for an order nobody has', () => {
    expect(recipientName(users, 3)).toBe('kiosk@example.com');
    expect(recipientName(users, 9)).toBeNull();
  });
});

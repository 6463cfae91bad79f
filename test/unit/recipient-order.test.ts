import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../shared/contract.js';
import { recipientOrder } from '../../main/signinghub/recipient-order.js';

const user = (order: number, email: string, role: string): Recipient => ({ order, email, role, name: email, processStatus: 'UN_PROCESSED' });

describe('recipientOrder', () => {
  it('finds the signed-in user by email, ignoring case and spaces', () => {
    expect(recipientOrder([user(1, 'bob@example.com', 'SIGNER'), user(2, 'Alice@Example.com ', 'SIGNER')], 'alice@example.COM')).toBe(2);
  });

  it('prefers a signing step when the user is listed more than once', () => {
    const users = [user(1, 'alice@example.com', 'REVIEWER'), user(2, 'alice@example.com', 'CARBON_COPY'), user(3, 'alice@example.com', 'SIGNER')];
    expect(recipientOrder(users, 'alice@example.com')).toBe(3);
    expect(recipientOrder(users.slice(0, 2), 'alice@example.com')).toBe(1);
  });

  it('is undefined for someone who is not a recipient', () => {
    expect(recipientOrder([user(1, 'bob@example.com', 'SIGNER')], 'alice@example.com')).toBeUndefined();
    expect(recipientOrder([], 'alice@example.com')).toBeUndefined();
  });
});

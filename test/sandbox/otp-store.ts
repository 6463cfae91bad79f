// One-time passwords and the "SMS" outbox that tests read the codes from.
import { randomInt } from 'node:crypto';

/** One "SMS" the sandbox sent. Login OTPs have null package, document and field. */
export interface OutboxEntry {
  to: string;
  code: string;
  package_id: number | null;
  document_id: number | null;
  field_name: string | null;
  sent_at: string;
}

/** Where a code was sent for, as stored in the outbox. */
export interface OtpContext {
  package_id: number | null;
  document_id: number | null;
  field_name: string | null;
}

/** The key of a login OTP. */
export const loginOtpKey = (email: string): string => `login:${email}`;

/** The key of a signature field's OTP. */
export const fieldOtpKey = (documentId: number, fieldName: string): string => `field:${documentId}:${fieldName}`;

/** The key of an OTP-protected package's access code for one user. */
export const packageOtpKey = (packageId: number, email: string): string => `package:${packageId}:${email}`;

/** Remembers the last code per key; only the last one sent is accepted. */
export class OtpStore {
  readonly outbox: OutboxEntry[] = [];
  private readonly last = new Map<string, string>();

  /** Generates a code of `length` digits, records it as sent to `to`, and returns it. */
  send(key: string, to: string, length: number, context: OtpContext): string {
    let code = '';
    for (let i = 0; i < length; i++) code += String(randomInt(10));
    this.last.set(key, code);
    this.outbox.push({ to, code, ...context, sent_at: new Date().toISOString() });
    return code;
  }

  /** True when `code` is the last code sent for `key`. */
  matches(key: string, code: string): boolean {
    const expected = this.last.get(key);
    return expected !== undefined && expected === code;
  }

  /** Forgets the code for `key`, so a used code cannot be replayed. */
  consume(key: string): void {
    this.last.delete(key);
  }

  /** Empties the outbox (codes already sent stay valid). */
  clearOutbox(): void {
    this.outbox.length = 0;
  }

  /** Forgets everything. */
  clear(): void {
    this.outbox.length = 0;
    this.last.clear();
  }
}

// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 s steps) for TOTP-protected signature fields.
import { Secret, TOTP } from 'otpauth';
import type { SandboxState } from './state';

/** The steps either side of now that a code may come from, for clocks a little apart. */
const WINDOW = 1;

/** The TOTP generator of a base32 secret; `account` labels it as an authenticator app would list it. */
export function totpFor(secret: string, account = 'SigningHub user'): TOTP {
  return new TOTP({ issuer: 'SigningHub Sandbox', label: account, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** True when `code` is the secret's code now, one step before or one after. */
export function isCurrentTotp(secret: string, code: string): boolean {
  return totpFor(secret).validate({ token: code, window: WINDOW }) !== null;
}

/** One TOTP field's code, as GET /_sandbox/totp lists it. */
export interface TotpCode {
  package_id: number;
  document_id: number;
  field_name: string;
  code: string;
}

/** The current code of every TOTP field; only hand-written fixtures have one, and their documents are always built. */
export function currentTotpCodes(state: SandboxState, now = Date.now()): TotpCode[] {
  const codes: TotpCode[] = [];
  for (const pkg of state.packages.values()) {
    for (const doc of pkg.documents ?? []) {
      for (const f of doc.fields) {
        if (f.totpSecret === undefined) continue;
        codes.push({
          package_id: pkg.package_id,
          document_id: doc.document_id,
          field_name: f.field_name,
          code: totpFor(f.totpSecret).generate({ timestamp: now }),
        });
      }
    }
  }
  return codes;
}

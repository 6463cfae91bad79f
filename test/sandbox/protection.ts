// Password- and OTP-protected packages: open, page images and download need x-password or x-otp,
// or (for a password) an earlier unlock call by the same user.
import type { FastifyRequest } from 'fastify';
import { header } from './access';
import { keyedFail } from './errors';
import type { PackageRecord, User } from './model';
import { packageOtpKey } from './otp-store';
import type { SandboxState } from './state';

/** Digits of the code the opening-code call texts. */
export const ACCESS_OTP_LENGTH = 6;

/**
 * Throws SigningHub's 403 unless the request carries what unlocks the package. Nothing is texted
 * here: the signer asks for an opening code with POST .../workflow/{order}/authentication/otp.
 */
export function requireUnlocked(state: SandboxState, request: FastifyRequest, pkg: PackageRecord, user: User): void {
  const protection = pkg.protection;
  if (!protection) return;
  if (protection.kind === 'password') {
    if (protection.unlockedBy.includes(user.email)) return;
    const password = header(request, 'x-password');
    if (password === undefined || password === '') throw keyedFail('password_required');
    if (password !== protection.password) throw keyedFail('invalid_credentials');
    return;
  }
  const code = header(request, 'x-otp')?.trim();
  if (!code) throw keyedFail('otp_required');
  // The last code generated for this package and user stays good until a new one is generated.
  if (!state.otp.matches(packageOtpKey(pkg.package_id, user.email), code)) throw keyedFail('invalid_credentials');
}

// Password- and OTP-protected packages: open, page images and download need x-password or x-otp.
import type { FastifyRequest } from 'fastify';
import { header } from './access';
import { keyedFail } from './errors';
import type { PackageRecord, User } from './model';
import { packageOtpKey } from './otp-store';
import type { SandboxState } from './state';

const ACCESS_OTP_LENGTH = 6;

/** Throws SigningHub's 403 unless the request carries what unlocks the package. */
export function requireUnlocked(state: SandboxState, request: FastifyRequest, pkg: PackageRecord, user: User): void {
  const protection = pkg.protection;
  if (!protection) return;
  if (protection.kind === 'password') {
    const password = header(request, 'x-password');
    if (password === undefined || password === '') throw keyedFail('password_required');
    if (password !== protection.password) throw keyedFail('invalid_credentials');
    return;
  }
  const key = packageOtpKey(pkg.package_id, user.email);
  const code = header(request, 'x-otp')?.trim();
  if (!code) {
    // SigningHub texts a fresh code each time the header is missing; without a number it cannot.
    if (user.mobile) state.otp.send(key, user.mobile, ACCESS_OTP_LENGTH, { package_id: pkg.package_id, document_id: null, field_name: null });
    throw keyedFail('otp_required');
  }
  if (!state.otp.matches(key, code) && !state.otp.hasPassed(key, code)) throw keyedFail('invalid_credentials');
  state.otp.markPassed(key, code);
}

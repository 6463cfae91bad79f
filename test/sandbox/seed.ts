// Deterministic seed data: fixed users, recognisable fixture packages, and generated packages
// for alice. Every value comes from a seeded PRNG or a constant, so each run is identical.
import { DEFAULT_PACKAGE_COUNT, DEMO } from './demo';
import { aliceFixtures, otherUserPackages } from './fixture-packages';
import { generatedPackage } from './generated-packages';
import type { PackageRecord, User } from './model';

/** The demo accounts and fixture ids live in demo.ts; this is their public home. */
export { DEFAULT_PACKAGE_COUNT, DEMO, ERROR_LAB_DOCUMENTS, FIXTURES, PAGE_SIZE } from './demo';
/** One Error lab document (status and Message of its OTP call). */
export type { ErrorLabDocument } from './demo';

/** Everything a fresh sandbox holds. */
export interface SeedData {
  users: Map<string, User>;
  packages: Map<number, PackageRecord>;
}

/** The seeded users. */
function seedUsers(): Map<string, User> {
  const { alice: a, bob, carol, dave } = DEMO.users;
  const users: User[] = [
    { ...a, loginOtp: false, active: true },
    { ...bob, loginOtp: true, active: true },
    { ...carol, loginOtp: false, active: true },
    { ...dave, loginOtp: false, active: false },
  ];
  return new Map(users.map((u) => [u.email, u]));
}

/** Builds a fresh seed: fixtures plus `generated` packages for alice (documents built lazily). */
export function buildSeed(generated: number = DEFAULT_PACKAGE_COUNT): SeedData {
  if (!Number.isInteger(generated) || generated < 0) throw new RangeError(`packages must be a non-negative integer, got ${generated}`);
  const packages = new Map<number, PackageRecord>();
  for (const p of [...aliceFixtures(), ...otherUserPackages()]) packages.set(p.package_id, p);
  for (let n = 1; n <= generated; n++) {
    const p = generatedPackage(n);
    packages.set(p.package_id, p);
  }
  return { users: seedUsers(), packages };
}

import { z } from 'zod';
import { PACKAGE_STATUSES, type Channel } from './contract.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);
const none = z.undefined().or(z.null()).transform(() => undefined);

/** The schema each channel's input must match before a handler sees it. */
export const INPUT_SCHEMAS = {
  getAppInfo: none,
  checkServer: z.object({ serverUrl: shortText(2048) }).strict(),
  restoreSession: none,
  signIn: z
    .object({
      serverUrl: shortText(2048),
      email: shortText(320).min(1, 'Email is required.'),
      password: shortText(1024).min(1, 'Password is required.'),
      remember: z.boolean(),
      clientId: shortText(256).optional(),
      clientSecret: shortText(1024).optional(),
    })
    .strict(),
  sendLoginOtp: z.object({ mobileNumber: shortText(32).optional() }).strict(),
  verifyLoginOtp: z.object({ otp: z.string().regex(/^[0-9A-Za-z]{3,12}$/, 'The code must be 3 to 12 letters or digits.') }).strict(),
  signOut: none,
  listPackages: z
    .object({
      status: z.enum(PACKAGE_STATUSES),
      page: z.number().int().min(1).max(1_000_000),
      pageSize: z.number().int().min(1).max(500),
      search: shortText(256).optional(),
    })
    .strict(),
  getPackage: z.object({ packageId: id }).strict(),
  getDocumentFields: z.object({ packageId: id, documentId: id }).strict(),
  requestOtp: z.object({ packageId: id, documentId: id, fieldName: shortText(256).min(1) }).strict(),
} satisfies Record<Channel, z.ZodType>;

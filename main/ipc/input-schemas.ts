import { z } from 'zod';
import { FORM_FIELD_KINDS, PACKAGE_STATUSES, type Channel } from './contract.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);
const none = z.undefined().or(z.null()).transform(() => undefined);
const code = z.string().regex(/^[0-9A-Za-z]{3,12}$/, 'The code must be 3 to 12 letters or digits.');
const pixels = z.number().int().min(16).max(4_096);
const fieldRef = z.object({ packageId: id, documentId: id, fieldName: shortText(256).min(1) });
// Base64 of a PNG (it starts with the PNG signature, "iVBORw0KGgo"), at most about 3 MB.
const pngBase64 = z
  .string()
  .max(4_000_000, 'The signature image is too large.')
  .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'The signature image must be a base64 PNG.');

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
  verifyLoginOtp: z.object({ otp: code }).strict(),
  signOut: none,
  listPackages: z
    .object({
      status: z.enum(PACKAGE_STATUSES),
      page: z.number().int().min(1).max(1_000_000),
      pageSize: z.number().int().min(1).max(500),
      search: shortText(256).optional(),
    })
    .strict(),
  getPackage: z.object({ packageId: id, otp: code.optional(), password: shortText(256).min(1).optional() }).strict(),
  requestPackageOtp: z.object({ packageId: id }).strict(),
  getDocumentFields: z.object({ packageId: id, documentId: id }).strict(),
  requestOtp: fieldRef.strict(),
  getPageImage: z
    .object({ packageId: id, documentId: id, page: z.number().int().min(1).max(10_000), width: pixels, height: pixels })
    .strict(),
  getSigningPreferences: none,
  signField: fieldRef
    .extend({
      otp: code.optional(),
      method: z.enum(['drawn', 'typed', 'stored']),
      image: pngBase64.optional(),
      reason: shortText(500).optional(),
      location: shortText(500).optional(),
      contact: shortText(500).optional(),
      inPersonName: shortText(256).optional(),
    })
    .strict()
    .refine((v) => v.method === 'stored' || Boolean(v.image), { message: 'A drawn or typed signature needs its image.', path: ['image'] }),
  getFieldStatus: fieldRef.strict(),
  fillInitials: fieldRef.extend({ image: pngBase64, applyToAll: z.boolean() }).strict(),
  saveFormFields: z
    .object({
      packageId: id,
      documentId: id,
      values: z
        .array(
          z
            .object({
              fieldName: shortText(256).min(1),
              kind: z.enum(FORM_FIELD_KINDS),
              value: z.union([shortText(10_000), z.boolean()]),
            })
            .strict(),
        )
        .min(1)
        .max(1_000),
    })
    .strict(),
  declinePackage: z.object({ packageId: id, reason: z.string().trim().min(1, 'A reason is required.').max(500, 'The reason can be at most 500 characters.') }).strict(),
  approvePackage: z.object({ packageId: id, reason: shortText(500).optional() }).strict(),
  submitPackage: z.object({ packageId: id }).strict(),
  finishPackage: z.object({ packageId: id }).strict(),
} satisfies Record<Channel, z.ZodType>;

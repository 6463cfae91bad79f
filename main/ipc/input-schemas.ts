import { z } from 'zod';
import { PACKAGE_STATUSES, type Channel, type InputOf } from '../../shared/contract.js';
import { FORM_FIELD_KINDS } from '../../shared/field-kinds.js';
import { HOST_PIN_LENGTH, type HandOverChannel, type HandOverContract } from '../../shared/hand-over-contract.js';
import { checkFreeText, CONTACT, DECLINE_REASON, LOCATION, OPTIONAL_REASON, SIGNER_NAME, SIGNING_REASON, type FreeTextRule } from '../../shared/free-text.js';
import { CLIENT_ID_MAX_LENGTH, CLIENT_SECRET_MAX_LENGTH, EMAIL_MAX_LENGTH, MOBILE_NUMBER_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '../../shared/input-limits.js';
import { SERVER_URL_MAX_LENGTH } from '../../shared/server-url-check.js';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = (max: number) => z.string().max(max);
const none = z
  .undefined()
  .or(z.null())
  .transform(() => undefined);
const code = z.string().regex(/^[0-9A-Za-z]{3,12}$/, 'The code can only be 3 to 12 letters or digits.');
// Free text is normalised here too, as the last line of defence; the renderer has already said why inline.
// The raw cap only bounds the work: normalising may change the length a little.
const freeText = (rule: FreeTextRule) =>
  z
    .string()
    .max(rule.maxLength * 4, `${rule.name} can be at most ${rule.maxLength} characters.`)
    .transform((text, context) => {
      const checked = checkFreeText(text, rule);
      if (checked.ok) return checked.value;
      context.addIssue({ code: 'custom', message: checked.message });
      return z.NEVER;
    });
// Optional free text that is blank after normalising is left out.
const optionalFreeText = (rule: FreeTextRule) =>
  freeText(rule)
    .transform((text) => (text === '' ? undefined : text))
    .optional();
const pixels = z.number().int().min(16).max(4_096);
const pageNumber = z.number().int().min(1).max(10_000);
const fieldRef = z.object({ packageId: id, documentId: id, fieldName: shortText(256).min(1) });
// Base64 of a PNG (it starts with the PNG signature, "iVBORw0KGgo"), at most about 3 MB.
const pngBase64 = z
  .string()
  .max(4_000_000, 'The signature image is too large.')
  .regex(/^iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'The signature image must be a base64 PNG.');

const hostPin = z
  .string()
  .regex(new RegExp(`^[0-9]{${HOST_PIN_LENGTH.min},${HOST_PIN_LENGTH.max}}$`), `The PIN must be ${HOST_PIN_LENGTH.min} to ${HOST_PIN_LENGTH.max} digits.`);
// Kiosk state versions start at 1.
const version = id;

// A checkbox's value is a boolean; every other form field's is text (a radio group's: its chosen button).
const formValue = z.discriminatedUnion('kind', [
  z.object({ fieldName: shortText(256).min(1), kind: z.literal('checkbox'), value: z.boolean() }).strict(),
  z.object({ fieldName: shortText(256).min(1), kind: z.enum(FORM_FIELD_KINDS.filter((kind) => kind !== 'checkbox')), value: shortText(10_000) }).strict(),
]);

/**
 * One schema per channel, whose parsed value must be the contract's input for that channel: a schema that
 * lets through anything its handler does not expect fails to compile.
 */
export type InputSchemas = { [C in Channel]: z.ZodType<InputOf<C>> };

/** The schema each channel's input must match before a handler sees it. */
export const INPUT_SCHEMAS: InputSchemas = {
  getAppInfo: none,
  checkServer: z.object({ serverUrl: shortText(SERVER_URL_MAX_LENGTH) }).strict(),
  restoreSession: none,
  signIn: z
    .object({
      serverUrl: shortText(SERVER_URL_MAX_LENGTH),
      email: shortText(EMAIL_MAX_LENGTH).min(1, 'Enter your email address.'),
      password: shortText(PASSWORD_MAX_LENGTH).min(1, 'Enter your password.'),
      remember: z.boolean(),
      clientId: shortText(CLIENT_ID_MAX_LENGTH).optional(),
      clientSecret: shortText(CLIENT_SECRET_MAX_LENGTH).optional(),
    })
    .strict(),
  sendLoginOtp: z.object({ mobileNumber: shortText(MOBILE_NUMBER_MAX_LENGTH).optional() }).strict(),
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
  getPageImage: z.object({ packageId: id, documentId: id, page: pageNumber, width: pixels, height: pixels }).strict(),
  getSigningPreferences: none,
  signField: fieldRef
    .extend({
      otp: code.optional(),
      method: z.enum(['drawn', 'typed', 'stored']),
      image: pngBase64.optional(),
      reason: optionalFreeText(SIGNING_REASON),
      location: optionalFreeText(LOCATION),
      contact: optionalFreeText(CONTACT),
      inPersonName: freeText(SIGNER_NAME).optional(),
    })
    .strict()
    .refine((v) => v.method === 'stored' || Boolean(v.image), { message: 'A drawn or typed signature needs its image.', path: ['image'] }),
  getFieldStatus: fieldRef.strict(),
  fillInitials: fieldRef.extend({ image: pngBase64, applyToAll: z.boolean() }).strict(),
  saveFormFields: z
    .object({
      packageId: id,
      documentId: id,
      values: z.array(formValue).min(1).max(1_000),
    })
    .strict(),
  declinePackage: z.object({ packageId: id, reason: freeText(DECLINE_REASON) }).strict(),
  approvePackage: z.object({ packageId: id, reason: optionalFreeText(OPTIONAL_REASON) }).strict(),
  submitPackage: z.object({ packageId: id }).strict(),
  finishPackage: z.object({ packageId: id }).strict(),
  setHostPin: z.object({ pin: hostPin }).strict(),
  startHandOver: fieldRef.strict(),
  getHostState: z.object({ after: version.optional() }).strict(),
  unlockHost: z.union([z.object({ pin: hostPin }).strict(), z.object({ password: shortText(PASSWORD_MAX_LENGTH).min(1, 'Enter your password.') }).strict()]),
  lockHost: none,
  stillHereHost: none,
  exportAuditRecord: none,
  quitApp: none,
  startDownload: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('document'), packageId: id, documentId: id }).strict(),
    z.object({ kind: z.literal('package'), packageId: id }).strict(),
    z.object({ kind: z.literal('report'), packageId: id }).strict(),
  ]),
  getDownload: z.object({ downloadId: z.uuid(), after: version.optional() }).strict(),
  cancelDownload: z.object({ downloadId: z.uuid() }).strict(),
  openDownload: z.object({ downloadId: z.uuid() }).strict(),
  getVerification: z.object({ packageId: id, documentId: id }).strict(),
  getPackageHistory: z.object({ packageId: id, page: z.number().int().min(1).max(100_000), pageSize: z.number().int().min(1).max(200) }).strict(),
  getSettings: none,
};

/** One schema per hand-over channel, typed against the hand-over contract as INPUT_SCHEMAS is against the host's. */
export type HandOverSchemas = { [C in HandOverChannel]: z.ZodType<HandOverContract[C]['input']> };

/** What a hand-over window's input must match: the signer's name by the same rule as an in-person name, a PNG, a code. */
export const HAND_OVER_SCHEMAS: HandOverSchemas = {
  getHandOver: z.object({ after: version.optional() }).strict(),
  getHandOverPage: z.object({ page: pageNumber, width: pixels, height: pixels }).strict(),
  sendHandOverCode: none,
  signHandOver: z.object({ name: freeText(SIGNER_NAME), method: z.enum(['drawn', 'typed']), image: pngBase64, otp: code.optional() }).strict(),
  declineHandOver: none,
  stillHere: none,
};

import { z } from 'zod';
import { parseServerDate } from './dates.js';

// Tolerant schemas: unknown keys pass, optional text defaults to '', dates never fail a parse.
const text = z.string().nullish().transform((v) => v ?? '');
const flag = z.boolean().nullish().transform((v) => v ?? false);
const date = z.unknown().optional().transform(parseServerDate);
const id = z.coerce.number().int();

/** SigningHub's error body, or the OAuth one from the token endpoints. */
export const SigningHubErrorBody = z.object({
  Message: z.string().optional(),
  Error: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

/** `POST /authenticate` 200. */
export const TokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.coerce.number().optional(),
  refresh_token: z.string().min(1).optional(),
});
/** A parsed token response. */
export type TokenResponse = z.infer<typeof TokenResponse>;

/** `GET /v3/about`. */
export const AboutResponse = z.object({
  installation_name: text,
  version: text,
  build: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? '' : String(v))),
});

/** One item of `GET /v3/packages/{status}/{page}/{rpp}`. */
export const PackageItem = z.object({
  package_id: id,
  package_name: text,
  package_owner: text,
  owner_name: text,
  package_status: text,
  folder: text,
  unread: flag,
  next_signer: text,
  uploaded_on: date,
  modified_on: date,
});

/** The package list body. */
export const PackageList = z.array(PackageItem);

/** `GET .../workflow`. */
export const WorkflowResponse = z.object({
  package_id: id,
  package_name: text,
  owner_name: text,
  package_status: text,
  workflow: z.object({ workflow_type: text }).nullish(),
  documents: z
    .array(
      z.object({
        document_id: id,
        document_name: text,
        document_type: text,
        document_order: z.coerce.number().nullish().transform((v) => v ?? 0),
        document_pages: z.coerce.number().nullish().transform((v) => v ?? 0),
        document_width: z.coerce.number().nullish().transform((v) => v ?? 0),
        document_height: z.coerce.number().nullish().transform((v) => v ?? 0),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  users: z
    .array(
      z.object({
        order: z.coerce.number().nullish().transform((v) => v ?? 0),
        user_name: text,
        user_email: text,
        role: text,
        process_status: text,
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

const smsOtp = z
  .object({
    enabled: flag,
    otp_length: z.coerce.number().int().positive().nullish(),
    retry_duration: z.coerce.number().int().nonnegative().nullish(),
    mobile_number: text,
  })
  .nullish();

const rect = z.object({ x: z.coerce.number(), y: z.coerce.number(), width: z.coerce.number(), height: z.coerce.number() });

/** A field's position; dropped (null) rather than failing the whole list when malformed. */
const dimensions = z
  .object({ field: rect, page: z.object({ width: z.coerce.number(), height: z.coerce.number() }) })
  .nullish()
  .catch(null);

/** A form value as SigningHub sends it: text, a boolean (checkbox) or a list (listbox). */
const formValue = z
  .union([z.string(), z.boolean(), z.number().transform(String), z.array(z.coerce.string())])
  .nullish()
  .catch(null);

/** One field in any of the per-kind lists of `GET .../fields`. */
export const FieldItem = z.object({
  field_name: z.coerce.string(),
  order: z.coerce.number().nullish().transform((v) => v ?? 0),
  page_no: z.coerce.number().nullish().transform((v) => v ?? 1),
  type: text,
  process_status: text,
  processed_by: text,
  placeholder: text,
  authentication: z.object({ enabled: flag, sms_otp: smsOtp }).nullish(),
  dimensions,
  value: formValue,
  required: flag,
  max_length: z.coerce.number().int().positive().nullish().catch(null),
  format_type: text,
  options: z.array(z.coerce.string()).nullish().catch(null),
});
/** A parsed field. */
export type FieldItem = z.infer<typeof FieldItem>;

const fieldList = z.array(FieldItem).nullish().transform((v) => v ?? []);

/** `GET .../fields`: lists keyed by kind; v4's `signature` is v3's `digital_signature`. */
export const FieldsResponse = z.object({
  digital_signature: fieldList,
  signature: fieldList,
  electronic_signature: fieldList,
  in_person_signature: fieldList,
  initials: fieldList,
  text: fieldList,
  radio: fieldList,
  checkbox: fieldList,
  dropdown: fieldList,
  listbox: fieldList,
});
/** A parsed fields response. */
export type FieldsResponse = z.infer<typeof FieldsResponse>;

/** `POST .../sign` 200. */
export const SignResponse = z.object({
  field_name: text,
  status: z.enum(['SIGNED', 'PENDING']),
  transaction_id: z.union([z.string(), z.number()]).nullish().transform((v) => (v == null ? '' : String(v))),
});

/** `POST .../field/status` 200. */
export const FieldStatusResponse = z.object({ status: z.enum(['SIGNED', 'PENDING', 'FAILED', 'DECLINED']) });

import { z } from 'zod';
import { FIELD_KINDS } from '../../shared/field-kinds.js';

// Tolerant schemas: unknown keys pass, optional text defaults to '', odd flags read as false. Dates stay
// raw here: the mappers read them in the server's time zone and never fail on them.
const text = z
  .union([z.string(), z.number().transform(String)])
  .nullish()
  .catch(null)
  .transform((v) => v ?? '');
const flag = z
  .boolean()
  .nullish()
  .catch(null)
  .transform((v) => v ?? false);
const date = z.unknown().optional();
const id = z.coerce.number().int();
/** A number that reads as `fallback` when missing or unreadable. */
const num = (fallback: number) =>
  z.coerce
    .number()
    .nullish()
    .catch(null)
    .transform((v) => v ?? fallback);

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
  build: z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v == null ? '' : String(v))),
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
  workflow: z.object({ workflow_type: text, message: text }).nullish().catch(null),
  documents: z
    .array(
      z.object({
        document_id: id,
        document_name: text,
        document_type: text,
        document_order: num(0),
        document_pages: num(0),
        document_width: num(0),
        document_height: num(0),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
  users: z
    .array(
      z.object({
        order: num(0),
        user_name: text,
        user_email: text,
        role: text,
        process_status: text,
        // A custom flow's step: recipients sharing it act together. Absent or unreadable: none.
        signing_order: z.coerce.number().int().positive().nullish().catch(null),
      }),
    )
    .nullish()
    .transform((v) => v ?? []),
});

const authentication = z
  .object({
    enabled: flag,
    sms_otp: z
      .object({
        enabled: flag,
        otp_length: z.coerce.number().int().positive().nullish().catch(null),
        retry_duration: z.coerce.number().int().nonnegative().nullish().catch(null),
        mobile_number: text,
      })
      .nullish()
      .catch(null),
    totp: z.object({ enabled: flag }).nullish().catch(null),
  })
  .nullish()
  .catch(null);

const rect = z.object({ x: z.coerce.number(), y: z.coerce.number(), width: z.coerce.number(), height: z.coerce.number() });

/** A field's position; dropped (null) rather than failing the whole list when malformed. */
const dimensions = z
  .object({ field: rect, page: z.object({ width: z.coerce.number(), height: z.coerce.number() }) })
  .nullish()
  .catch(null);

/** A form value as SigningHub sends it: text, a boolean (checkbox, radio button) or, from some servers, a list. */
const formValue = z
  .union([z.string(), z.boolean(), z.number().transform(String), z.array(z.coerce.string())])
  .nullish()
  .catch(null);

const choices = z.array(z.coerce.string()).nullish().catch(null);

/** A v4 comment has an `id` and no `field_name`; it is named from its id rather than "undefined". */
const nameFromId = (raw: unknown): unknown => {
  if (raw === null || typeof raw !== 'object' || 'field_name' in raw) return raw;
  const id = (raw as { id?: unknown }).id;
  return { ...raw, field_name: typeof id === 'string' || typeof id === 'number' ? `Comment ${id}` : '' };
};

/** One field in any of the per-kind lists of `GET .../fields`. */
export const FieldItem = z.preprocess(
  nameFromId,
  z.object({
    field_name: z.coerce.string(),
    order: num(0),
    page_no: num(1),
    type: text,
    process_status: text,
    processed_by: text,
    placeholder: text,
    authentication,
    dimensions,
    value: formValue,
    /** Radio buttons: whether this button is the chosen one (some servers say it here, not in `value`). */
    checked: flag,
    radio_group_name: text,
    required: flag,
    /** v3 marks required form fields only with `MANDATORY`. */
    validation_rule: text,
    read_only: flag,
    /** Only an explicit `false` hides a field. */
    visible: z.boolean().nullish().catch(null),
    max_length: z.coerce.number().int().positive().nullish().catch(null),
    format_type: text,
    /** Dropdown and listbox choices, as documented. */
    choices,
    /** Older or undocumented name for the choices, read when `choices` is absent. */
    options: choices,
  }),
);
/** A parsed field. */
export type FieldItem = z.infer<typeof FieldItem>;

const fieldList = z
  .array(FieldItem)
  .nullish()
  .transform((v) => v ?? []);

/** The per-kind keys of `GET .../fields`: every contract kind, plus v4's `signature` (v3's `digital_signature`). */
export const FIELD_LIST_KEYS = [...FIELD_KINDS, 'signature'] as const;

/** `GET .../fields` and `GET .../fields/{page_no}`: lists keyed by kind. */
export const FieldsResponse = z.object(
  Object.fromEntries(FIELD_LIST_KEYS.map((key) => [key, fieldList])) as Record<(typeof FIELD_LIST_KEYS)[number], typeof fieldList>,
);
/** A parsed fields response. */
export type FieldsResponse = z.infer<typeof FieldsResponse>;

/**
 * `POST .../sign` 2xx. Only `PENDING` (remote approval) is not done yet: a missing or unknown status,
 * or a body that is not an object, is a completed signature.
 */
export const SignResponse = z
  .object({
    status: z.unknown().transform((v): 'SIGNED' | 'PENDING' => (v === 'PENDING' ? 'PENDING' : 'SIGNED')),
    transaction_id: text,
  })
  .catch({ status: 'SIGNED', transaction_id: '' });

/** `POST .../field/status` 200; `COMPLETED` is another word for signed. */
export const FieldStatusResponse = z.object({
  status: z.preprocess((v) => (v === 'COMPLETED' ? 'SIGNED' : v), z.enum(['SIGNED', 'PENDING', 'FAILED', 'DECLINED'])),
});

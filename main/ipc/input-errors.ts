// Plain, short messages for bridge input that fails its schema: the field in words, never a zod path or
// zod's own wording. A schema's own message (written in plain words) still wins over these.
import type { z } from 'zod';

/** The longest input-validation message shown. */
export const INPUT_MESSAGE_MAX_LENGTH = 160;

const FIELD_WORDS: Record<string, string> = {
  serverUrl: 'The server URL',
  email: 'The email address',
  password: 'The password',
  remember: 'The “Remember me” choice',
  clientId: 'The client ID',
  clientSecret: 'The client secret',
  mobileNumber: 'The mobile number',
  otp: 'The code',
  status: 'The status filter',
  page: 'The page number',
  pageSize: 'The page size',
  search: 'The search text',
  packageId: 'The package number',
  documentId: 'The document number',
  fieldName: 'The field name',
  width: 'The page width',
  height: 'The page height',
  method: 'The signature method',
  image: 'The signature image',
  applyToAll: 'The “apply to all” choice',
  reason: 'The reason',
  location: 'The location',
  contact: 'The contact details',
  inPersonName: 'The signer’s name',
  values: 'The form values',
  kind: 'The field kind',
  value: 'The field value',
};

/** The message for input that is wrong as a whole, not in one named field. */
export const INVALID_REQUEST = 'This request was not valid. Please try again.';

/** The field an issue is about, in words, from the last named step of its path. */
function fieldWords(path: readonly PropertyKey[] | undefined): string | undefined {
  const key = [...(path ?? [])].reverse().find((step): step is string => typeof step === 'string');
  return key === undefined ? undefined : FIELD_WORDS[key];
}

/** A per-parse error map: plain words for every issue whose schema gave no message of its own. */
export const plainInputError: z.core.$ZodErrorMap = (issue) => {
  const field = fieldWords(issue.path);
  if (field === undefined) return INVALID_REQUEST;
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${field} can be at most ${Number(issue.maximum).toLocaleString('en-US')} characters.`;
      return issue.origin === 'array' ? `${field} have too many entries.` : `${field} is not valid.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? `${field} is missing.` : `${field} is too short.`;
      return issue.origin === 'array' ? `${field} are missing.` : `${field} is not valid.`;
    case 'invalid_type':
      return issue.input === undefined ? `${field} is missing.` : `${field} is not valid.`;
    case 'invalid_format':
      return `${field} is not in the right format.`;
    case 'invalid_value':
      return `${field} is not one of the choices.`;
    default:
      return `${field} is not valid.`;
  }
};

/** The first issue's message, capped in length. */
export function describeInputError(error: z.ZodError): string {
  const message = error.issues[0]?.message ?? INVALID_REQUEST;
  return message.length <= INPUT_MESSAGE_MAX_LENGTH ? message : `${message.slice(0, INPUT_MESSAGE_MAX_LENGTH - 1)}…`;
}

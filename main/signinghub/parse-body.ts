import type { z } from 'zod';
import { ApiFailure } from './api-failure.js';

/** Parses a JSON text body against a schema; anything unexpected becomes `invalid_response`, never a throw of another kind. */
export function parseBody<S extends z.ZodType>(schema: S, body: string, status: number): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiFailure({ kind: 'invalid_response', status, message: 'The server sent a response that is not valid JSON.' });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues[0]?.path.join('.') || 'body';
    throw new ApiFailure({ kind: 'invalid_response', status, message: `The server sent a response Desk Signer does not understand (${where}).` });
  }
  return result.data;
}

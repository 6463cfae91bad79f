import { CHANNELS, type ApiError, type Channel, type Result } from '../../shared/contract.js';
import type { HandlerTable } from './handler-table.js';
import { describeInputError, INVALID_REQUEST, plainInputError } from './input-errors.js';
import { INPUT_SCHEMAS, type InputSchemas } from './input-schemas.js';
import { isPlainData } from './plain-data.js';
import { isTrustedSender, type SenderFacts } from './trusted-sender.js';
import { ApiFailure } from '../signinghub/api-failure.js';

/** A checked entry point: sender facts and raw input in, a Result out; it never throws. */
export type ServedHandler = (sender: SenderFacts, rawInput: unknown) => Promise<Result<unknown>>;

/** How a transport (ipcMain, or the browser shell's host) registers one channel. */
export type Register = (channel: Channel, handler: ServedHandler) => void;

const UNTRUSTED: ApiError = { kind: 'forbidden', message: 'This call did not come from the Desk Signer window.' };
// Anything but an ApiFailure is a fault in Desk Signer itself: its text is for developers, not users.
const UNEXPECTED: ApiError = { kind: 'server', message: 'Something went wrong in Desk Signer. Please try again.' };

/** One channel's checked entry point: its schema's output is exactly what its handler takes. */
function serveChannel<C extends Channel>(schema: InputSchemas[C], handler: HandlerTable[C], origin: string | undefined): ServedHandler {
  return async (sender, rawInput) => {
    if (!isTrustedSender(sender, origin)) return { ok: false, error: UNTRUSTED };
    if (!isPlainData(rawInput)) return { ok: false, error: { kind: 'invalid_input', message: INVALID_REQUEST } };
    const parsed = schema.safeParse(rawInput, { error: plainInputError });
    if (!parsed.success) return { ok: false, error: { kind: 'invalid_input', message: describeInputError(parsed.error) } };
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      // Failures are mapped where they happen (the API clients, the session); here they are only wrapped.
      return { ok: false, error: error instanceof ApiFailure ? error.error : UNEXPECTED };
    }
  };
}

/** Wraps every handler with the sender check, input validation and the error envelope, then registers it. */
export function serveHandlers(table: HandlerTable, register: Register, origin?: string): void {
  for (const channel of CHANNELS) register(channel, serveChannel(INPUT_SCHEMAS[channel], table[channel], origin));
}

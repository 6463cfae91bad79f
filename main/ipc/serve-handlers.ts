import type { z } from 'zod';
import { CHANNELS, type ApiError, type Channel, type Result } from '../../shared/contract.js';
import { HAND_OVER_CHANNELS, type HandOverChannel } from '../../shared/hand-over-contract.js';
import type { HandOverTable } from './hand-over-handlers.js';
import type { HandlerTable } from './handler-table.js';
import { describeInputError, INVALID_REQUEST, plainInputError } from './input-errors.js';
import { HAND_OVER_SCHEMAS, INPUT_SCHEMAS, type HandOverSchemas, type InputSchemas } from './input-schemas.js';
import { isPlainData } from './plain-data.js';
import { isTrustedSender, type SenderFacts } from './trusted-sender.js';
import { ApiFailure } from '../signinghub/api-failure.js';

/** A checked entry point: sender facts and raw input in, a Result out; it never throws. */
export type ServedHandler = (sender: SenderFacts, rawInput: unknown) => Promise<Result<unknown>>;

/** Every channel main serves: the host window's and the hand-over window's. */
export type ServedChannel = Channel | HandOverChannel;

/** How a transport (ipcMain, or the browser shell's host) registers one channel. */
export type Register = (channel: ServedChannel, handler: ServedHandler) => void;

const UNTRUSTED: ApiError = { kind: 'forbidden', message: 'This call did not come from the Desk Signer window.' };
// Anything but an ApiFailure is a fault in Desk Signer itself: its text is for developers, not users.
const UNEXPECTED: ApiError = { kind: 'server', message: 'Something went wrong in Desk Signer. Please try again.' };

/** Host channels answer only the main window's top frame on our origin, never a hand-over window. */
export function isHostSender(sender: SenderFacts, origin?: string): boolean {
  return sender.handOverId === undefined && isTrustedSender(sender, origin);
}

/** Hand-over channels answer only a hand-over window's top frame on our origin (the service then checks its id is live). */
export function isHandOverSender(sender: SenderFacts, origin?: string): sender is SenderFacts & { handOverId: string } {
  // The same frame and origin check as the main window's, for the window that is not the main one.
  return (
    typeof sender.handOverId === 'string' && sender.handOverId !== '' && !sender.fromMainWindow && isTrustedSender({ ...sender, fromMainWindow: true }, origin)
  );
}

/** Validates raw input, runs the call and wraps its answer or failure. */
async function answer<S extends z.ZodType>(schema: S, rawInput: unknown, run: (input: z.output<S>) => Promise<unknown>): Promise<Result<unknown>> {
  if (!isPlainData(rawInput)) return { ok: false, error: { kind: 'invalid_input', message: INVALID_REQUEST } };
  const parsed = schema.safeParse(rawInput, { error: plainInputError });
  if (!parsed.success) return { ok: false, error: { kind: 'invalid_input', message: describeInputError(parsed.error) } };
  try {
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    // Failures are mapped where they happen (the API clients, the session); here they are only wrapped.
    return { ok: false, error: error instanceof ApiFailure ? error.error : UNEXPECTED };
  }
}

/** One host channel's checked entry point: its schema's output is exactly what its handler takes. */
function serveChannel<C extends Channel>(schema: InputSchemas[C], handler: HandlerTable[C], origin: string | undefined): ServedHandler {
  return async (sender, rawInput) => (isHostSender(sender, origin) ? answer(schema, rawInput, handler) : { ok: false, error: UNTRUSTED });
}

/** One hand-over channel's checked entry point; the handler gets the calling window's hand-over id. */
function serveHandOverChannel<C extends HandOverChannel>(schema: HandOverSchemas[C], handler: HandOverTable[C], origin: string | undefined): ServedHandler {
  return async (sender, rawInput) => {
    if (!isHandOverSender(sender, origin)) return { ok: false, error: UNTRUSTED };
    return answer(schema, rawInput, (input) => handler(sender.handOverId, input));
  };
}

/** Wraps every handler with the sender check, input validation and the error envelope, then registers it. */
export function serveHandlers(table: HandlerTable, handOver: HandOverTable, register: Register, origin?: string): void {
  for (const channel of CHANNELS) register(channel, serveChannel(INPUT_SCHEMAS[channel], table[channel], origin));
  for (const channel of HAND_OVER_CHANNELS) register(channel, serveHandOverChannel(HAND_OVER_SCHEMAS[channel], handOver[channel], origin));
}

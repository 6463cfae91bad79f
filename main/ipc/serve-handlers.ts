import { CHANNELS, type ApiError, type Channel, type Result } from './contract.js';
import type { HandlerTable } from './handler-table.js';
import { describeInputError, plainInputError } from './input-errors.js';
import { INPUT_SCHEMAS } from './input-schemas.js';
import { isTrustedSender, type SenderFacts } from './trusted-sender.js';
import { toApiError } from '../signinghub/error-mapping.js';

/** A checked entry point: sender facts and raw input in, a Result out; it never throws. */
export type ServedHandler = (sender: SenderFacts, rawInput: unknown) => Promise<Result<unknown>>;

/** How a transport (ipcMain, or Playwright's exposeBinding) registers one channel. */
export type Register = (channel: Channel, handler: ServedHandler) => void;

const UNTRUSTED: ApiError = { kind: 'forbidden', message: 'This call did not come from the Desk Signer window.' };

/** Wraps every handler with the sender check, input validation and the error envelope, then registers it. */
export function serveHandlers(table: HandlerTable, register: Register, origin?: string): void {
  for (const channel of CHANNELS) {
    register(channel, async (sender, rawInput) => {
      if (!isTrustedSender(sender, origin)) return { ok: false, error: UNTRUSTED };
      const parsed = INPUT_SCHEMAS[channel].safeParse(rawInput, { error: plainInputError });
      if (!parsed.success) return { ok: false, error: { kind: 'invalid_input', message: describeInputError(parsed.error) } };
      try {
        const handler = table[channel] as (input: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    });
  }
}

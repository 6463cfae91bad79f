import type { ApiError } from './contract.js';

/**
 * The answer when a call could not be carried to main at all: its input held something IPC cannot
 * copy (a function, a symbol, a DOM object). Main never saw it, so it is the input that was wrong.
 */
export const NOT_SENT: ApiError = { kind: 'invalid_input', message: 'This request could not be sent. Please try again.' };

// Bridge calls started by a click, each at most once at a time: a sign or an SMS must never go out twice.
import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Result } from '../../../main/ipc/contract';
import { BridgeError, toApiError, unwrap } from './result';

/** How a run ended: with the call's value, failed (already reported), or ignored because the same call was in flight. */
export type RunResult<O> = { status: 'done'; value: O } | { status: 'failed' } | { status: 'busy' };

/** A call that can be run, and whether it is running. */
export interface BridgeCall<I, O> {
  run: (input: I) => Promise<RunResult<O>>;
  isPending: boolean;
}

/** Single-flight wrapper around a mutation's mutateAsync; a rejection (already reported) becomes 'failed'. */
function useSingleRun<I, O>(mutateAsync: (input: I) => Promise<O>): (input: I) => Promise<RunResult<O>> {
  // isPending updates on the next render; the ref also stops a double press inside one frame.
  const inFlight = useRef(false);
  return async (input: I) => {
    // Told apart from 'failed', so a second click neither reports a failure nor ends the first one's busy state.
    if (inFlight.current) return { status: 'busy' };
    inFlight.current = true;
    try {
      return { status: 'done', value: await mutateAsync(input) };
    } catch {
      return { status: 'failed' };
    } finally {
      inFlight.current = false;
    }
  };
}

/**
 * A call whose failure the caller shows inside its own dialog: the Result comes back as is.
 * Only an ended session is thrown, so the app's reporter shows it and returns to sign-in.
 */
export function useInlineCall<I, O>(call: (input: I) => Promise<Result<O>>, errorTitle: string): BridgeCall<I, Result<O>> {
  const mutation = useMutation({
    mutationFn: async (input: I): Promise<Result<O>> => {
      let result: Result<O>;
      try {
        result = await call(input);
      } catch (cause) {
        result = { ok: false, error: toApiError(cause) };
      }
      if (!result.ok && result.error.sessionEnded === true) throw new BridgeError(result.error);
      return result;
    },
    meta: { errorTitle },
  });
  return { run: useSingleRun((input: I) => mutation.mutateAsync(input)), isPending: mutation.isPending };
}

/** A call whose failure goes to the app's error dialog (titled `errorTitle`). */
export function useReportedCall<I, O>(call: (input: I) => Promise<Result<O>>, errorTitle: string): BridgeCall<I, O> {
  const mutation = useMutation({
    mutationFn: (input: I): Promise<O> => unwrap(() => call(input)),
    meta: { errorTitle },
  });
  return { run: useSingleRun((input: I) => mutation.mutateAsync(input)), isPending: mutation.isPending };
}

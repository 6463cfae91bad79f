// Bridge calls started by a click, each at most once at a time: a sign or an SMS must never go out twice.
import { useRef } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { Result } from '../../../main/ipc/contract';
import { BridgeError, toApiError, unwrap } from '../api/result';

/** A call that can be run, and whether it is running. */
export interface BridgeCall<I, O> {
  /** Resolves null when a run is already in flight (the click is ignored) or its failure was reported. */
  run: (input: I) => Promise<O | null>;
  isPending: boolean;
}

/** Single-flight wrapper around a mutation's mutateAsync; a rejection (already reported) becomes null. */
function useSingleRun<I, O>(mutateAsync: (input: I) => Promise<O>): (input: I) => Promise<O | null> {
  // isPending updates on the next render; the ref also stops a double press inside one frame.
  const inFlight = useRef(false);
  return async (input: I) => {
    if (inFlight.current) return null;
    inFlight.current = true;
    try {
      return await mutateAsync(input);
    } catch {
      return null;
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

/** A call whose failure goes to the app's error dialog (titled `errorTitle`); run resolves null then, else `{ value }`. */
export function useReportedCall<I, O>(call: (input: I) => Promise<Result<O>>, errorTitle: string): BridgeCall<I, { value: O }> {
  const mutation = useMutation({
    // Wrapped, so a call whose value is null (most actions) still reads as a success.
    mutationFn: async (input: I): Promise<{ value: O }> => ({ value: await unwrap(() => call(input)) }),
    meta: { errorTitle },
  });
  return { run: useSingleRun((input: I) => mutation.mutateAsync(input)), isPending: mutation.isPending };
}

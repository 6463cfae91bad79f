// A long-poll as React state: the newest answer, and the last failure until an answer comes again.
import { useEffect, useRef, useState } from 'react';
import type { ApiError, Result } from '../../../shared/contract';
import { startLongPoll, waitMs } from './long-poll';

/** The newest value (null before the first answer), when it arrived (ms), and the last failure since. */
export interface LongPollState<T> {
  value: T | null;
  receivedAt: number;
  error: ApiError | null;
}

const RETRY_MS = 2000;

/** Long-polls `call` while mounted; `onError` hears each failure (e.g. to report an ended session). */
export function useLongPoll<T extends { version: number }>(
  call: (after: number | undefined) => Promise<Result<T>>,
  onError?: (error: ApiError) => void,
): LongPollState<T> {
  const [state, setState] = useState<LongPollState<T>>({ value: null, receivedAt: 0, error: null });
  // The loop runs once per mount; it reads the newest callbacks through a ref.
  const latest = useRef({ call, onError });
  useEffect(() => {
    latest.current = { call, onError };
  });
  useEffect(
    () =>
      startLongPoll<T>({
        call: (after) => latest.current.call(after),
        onValue: (value) => setState({ value, receivedAt: Date.now(), error: null }),
        onError: (error) => {
          setState((last) => ({ ...last, error }));
          latest.current.onError?.(error);
        },
        wait: waitMs,
        now: () => Date.now(),
        retryMs: RETRY_MS,
      }),
    [],
  );
  return state;
}

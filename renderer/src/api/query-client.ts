// One QueryClient for the app: every failed query or mutation is reported, so it reaches a dialog.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../main/ipc/contract';
import { toApiError } from './result';

declare module '@tanstack/react-query' {
  interface Register {
    // Each call names what failed; the reporter uses it as the dialog title.
    queryMeta: { errorTitle?: string };
    mutationMeta: { errorTitle?: string };
  }
}

/** Receives every failed bridge call with a title for its dialog. */
export type ErrorReporter = (title: string, error: ApiError) => void;

const FALLBACK_TITLE = 'Something went wrong';

/** A QueryClient and the setter for where its failures go. */
export interface ReportingQueryClient {
  client: QueryClient;
  /** Replaces the reporter; the client outlives renders, the reporter follows them. */
  setReporter: (report: ErrorReporter) => void;
}

/** Creates the app's QueryClient, wired so each failure goes to the current reporter exactly once. */
export function createQueryClient(): ReportingQueryClient {
  let report: ErrorReporter = () => undefined;
  const client = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => report(query.meta?.errorTitle ?? FALLBACK_TITLE, toApiError(error)),
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) =>
        report(mutation.meta?.errorTitle ?? FALLBACK_TITLE, toApiError(error)),
    }),
    defaultOptions: {
      queries: {
        // Main already retries GETs with backoff; retrying here would multiply that.
        retry: false,
        // Main owns the network, so navigator.onLine must not pause calls.
        networkMode: 'always',
        // A refetch on focus could pop an error dialog without any action by the user.
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime: 30_000,
      },
      mutations: {
        // POSTs send SMS or sign: never repeat one automatically.
        retry: false,
        networkMode: 'always',
        // A finished mutation keeps its variables (OTP codes, signature images, a walk-up signer's name):
        // drop it as soon as no dialog observes it, instead of after the default 5 minutes.
        gcTime: 0,
      },
    },
  });
  return {
    client,
    setReporter: (next) => {
      report = next;
    },
  };
}

// One QueryClient for the app's reads: every failed query is reported, so it reaches a dialog. Commands (what the
// user starts: codes, signatures, passwords) go through useCommand and never enter a cache.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import type { ApiError } from '../../../shared/contract';
import { toApiError } from './result';

declare module '@tanstack/react-query' {
  interface Register {
    // Each read names what failed; the reporter uses it as the dialog title.
    queryMeta: { errorTitle?: string };
  }
}

/** Receives every failed read with a title for its dialog, and how to read it again ("Try again"). */
export type ErrorReporter = (title: string, error: ApiError, note?: string, extras?: { retry?: () => void }) => void;

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
      // A read does nothing twice, so the dialog may offer to repeat it, even when its answer was lost.
      onError: (error, query) =>
        report(query.meta?.errorTitle ?? FALLBACK_TITLE, toApiError(error), undefined, {
          retry: () => void client.refetchQueries({ queryKey: query.queryKey, exact: true }),
        }),
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
    },
  });
  return {
    client,
    setReporter: (next) => {
      report = next;
    },
  };
}

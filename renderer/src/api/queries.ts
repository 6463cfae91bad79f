// Query definitions for each bridge read. User data sits under the 'user' key so sign-out can drop it.
import { queryOptions } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { DocumentFields } from '../../../shared/contract';
import { signer } from './bridge';
import { unwrap } from './result';

/** The key prefix of everything that belongs to the signed-in user. */
export const USER_DATA_KEY = ['user'] as const;

/** Install facts for the sign-in screen; they change only when main's config does. */
export function appInfoQuery() {
  return queryOptions({
    queryKey: ['appInfo'],
    queryFn: () => unwrap(() => signer().getAppInfo()),
    staleTime: Infinity,
    meta: { errorTitle: 'Could not read the app settings' },
  });
}

/** The session remembered from last time, asked for once at start-up. */
export function restoreSessionQuery() {
  return queryOptions({
    queryKey: ['restoreSession'],
    queryFn: () => unwrap(() => signer().restoreSession()),
    staleTime: Infinity,
    gcTime: Infinity,
    meta: { errorTitle: 'Could not restore your session' },
  });
}

/** The fields of one document. */
export function documentFieldsQuery(packageId: number, documentId: number) {
  return queryOptions({
    queryKey: [...USER_DATA_KEY, 'fields', packageId, documentId],
    queryFn: () => unwrap(() => signer().getDocumentFields({ packageId, documentId })),
    meta: { errorTitle: 'Could not load the document’s fields' },
  });
}

/**
 * Shows a field as processed in its document's cached fields, on the server's word that it is (a sign that
 * answered SIGNED), so the signed state shows without waiting for the re-read that brings the rest (who, when).
 */
export function markFieldProcessed(client: QueryClient, packageId: number, documentId: number, fieldName: string): void {
  client.setQueryData<DocumentFields>(documentFieldsQuery(packageId, documentId).queryKey, (cached) =>
    cached === undefined ? undefined : { ...cached, fields: cached.fields.map((field) => (field.name === fieldName ? { ...field, processed: true } : field)) },
  );
}

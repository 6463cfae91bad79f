// Queries of what was signed: each document's signature verification and the package's history. A failure
// is shown where the data would be, not in a dialog, unless the session ended.
import { queryOptions } from '@tanstack/react-query';
import type { HistoryPage, SignatureVerification } from '../../../shared/evidence-contract';
import { signer } from './bridge';
import { USER_DATA_KEY } from './queries';
import { loadInline } from './inline-result';

/** The key of a document's verification; without a document, of every document in the package. */
export function verificationKey(packageId: number, documentId?: number) {
  const base = [...USER_DATA_KEY, 'verification', packageId] as const;
  return documentId === undefined ? base : ([...base, documentId] as const);
}

/** Every signature on a document as the server verifies it. */
export function verificationQuery(packageId: number, documentId: number) {
  return queryOptions({
    queryKey: verificationKey(packageId, documentId),
    queryFn: () => loadInline<SignatureVerification[]>(() => signer().getVerification({ packageId, documentId })),
    meta: { errorTitle: 'Could not check the signatures' },
  });
}

/** The key of a package's history, every page. */
export function historyKey(packageId: number) {
  return [...USER_DATA_KEY, 'history', packageId] as const;
}

/** One page of the package's history. */
export function historyQuery(packageId: number, page: number, pageSize: number) {
  return queryOptions({
    queryKey: [...historyKey(packageId), page, pageSize],
    queryFn: () => loadInline<HistoryPage>(() => signer().getPackageHistory({ packageId, page, pageSize })),
    meta: { errorTitle: 'Could not read the history' },
  });
}

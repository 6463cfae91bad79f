import type { HandlerTable } from './handler-table.js';
import type { SessionService } from '../session/session-service.js';
import { toHistoryEntries, toVerifications } from '../signinghub/evidence-mappers.js';

/** Verification of a document's signatures and the package's history. */
export function createEvidenceHandlers(session: SessionService, serverTimeZone: string) {
  return {
    getVerification: async ({ packageId, documentId }) => toVerifications(await session.api().verification(packageId, documentId), serverTimeZone),
    getPackageHistory: async ({ packageId, page, pageSize }) => {
      const { items, total } = await session.api().packageLog(packageId, page, pageSize);
      return { items: toHistoryEntries(items, serverTimeZone), page, pageSize, total };
    },
  } satisfies Partial<HandlerTable>;
}

import type { Channel, InputOf, OutputOf } from './contract.js';
import type { SessionService } from '../session/session-service.js';
import { toFieldInfos, toPackageDetail, toPackageSummary } from '../signinghub/mappers.js';
import { createSigningHandlers } from './signing-handlers.js';

/** One async function per channel; may throw ApiFailure, which the IPC wrapper turns into a Result. */
export type HandlerTable = { [C in Channel]: (input: InputOf<C>) => Promise<OutputOf<C>> };

/** Maps every channel to its service call. */
export function createHandlerTable(session: SessionService): HandlerTable {
  return {
    getAppInfo: () => session.appInfo(),
    checkServer: async ({ serverUrl }) => {
      const about = await session.anonymousApi(serverUrl).about();
      return { installationName: about.installation_name, version: about.version, build: about.build };
    },
    restoreSession: () => session.restore(),
    signIn: (input) => session.signIn(input),
    sendLoginOtp: ({ mobileNumber }) => session.sendLoginOtp(mobileNumber),
    verifyLoginOtp: ({ otp }) => session.verifyLoginOtp(otp),
    signOut: () => session.signOut(),
    listPackages: async ({ status, page, pageSize, search }) => {
      const { items, total } = await session.api().listPackages(status, page, pageSize, search?.trim() ?? '', '');
      return { items: items.map(toPackageSummary), total, page, pageSize };
    },
    getPackage: async ({ packageId, otp, password }) => {
      const api = session.api();
      const detail = toPackageDetail(await api.workflow(packageId));
      const typed = otp || password ? { ...(otp ? { otp } : {}), ...(password ? { password } : {}) } : undefined;
      const access = typed ?? session.documentAccess(packageId);
      await api.open(packageId, access);
      // Kept only once the server accepted it, for this package's page images.
      if (typed) session.rememberDocumentAccess(packageId, typed);
      return detail;
    },
    getDocumentFields: async ({ packageId, documentId }) => ({
      packageId,
      documentId,
      fields: toFieldInfos(await session.api().fields(packageId, documentId)),
    }),
    requestOtp: async ({ packageId, documentId, fieldName }) => {
      await session.api().requestOtp(packageId, documentId, fieldName);
      return null;
    },
    ...createSigningHandlers(session),
  };
}

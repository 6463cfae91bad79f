import type { PackageDetail } from '../../shared/contract.js';
import type { HandlerTable } from './handler-table.js';
import type { SessionService } from '../session/session-service.js';
import { isHeaderSafe, type DocumentAccess, type SigningHubApi } from '../signinghub/api-client.js';
import { readDocumentFields } from '../signinghub/document-fields.js';
import { toFieldInfos, toPackageDetail } from '../signinghub/mappers.js';
import { notRecipientFailure, recipientOrder } from '../signinghub/recipient-order.js';

/** Opening packages (protected ones too) and reading their fields. */
export function createPackageHandlers(session: SessionService) {
  // Per server, for the app's life: true once a server has answered only the per-page fields form.
  const pagedFieldsByServer = new Map<string, boolean>();
  // Per sign-in (each has its own API client): packages opened without a code or password. Open marks a package
  // read; a later read of the same package (the refresh after a signature) needs only its workflow, not a second open.
  const openedBySession = new WeakMap<SigningHubApi, Set<number>>();
  const openedIn = (api: SigningHubApi): Set<number> => {
    let opened = openedBySession.get(api);
    if (opened === undefined) openedBySession.set(api, (opened = new Set()));
    return opened;
  };

  const readWorkflow = async (packageId: number): Promise<PackageDetail> => {
    const detail = toPackageDetail(await session.api().workflow(packageId));
    session.rememberPackage(detail);
    return detail;
  };
  const knownWorkflow = async (packageId: number) => session.knownPackage(packageId) ?? readWorkflow(packageId);
  const myOrder = (detail: PackageDetail) => recipientOrder(detail.users, session.signedIn().email);

  return {
    getPackage: async ({ packageId, otp, password }) => {
      const api = session.api();
      const workflow = readWorkflow(packageId);
      if (password) {
        const order = myOrder(await workflow);
        // The unlock call carries any password; `x-password` only a Latin-1 one.
        if (order !== undefined) await api.unlockWithPassword(packageId, order, password);
        else if (!isHeaderSafe(password)) throw notRecipientFailure('unlock it with this password');
      }
      const typed: DocumentAccess | undefined = otp || password ? { ...(otp ? { otp } : {}), ...(password ? { password } : {}) } : undefined;
      const access = typed ?? session.documentAccess(packageId);
      // A protected package is opened each time: its open says whether the code or password still holds.
      const opened = openedIn(api);
      if (access === undefined && opened.has(packageId)) return workflow;
      // Open is never retried, so it never texts a second code on its own.
      const [detail] = await Promise.all([workflow, api.open(packageId, access)]);
      // Kept only once the server accepted it, for this package's page images.
      if (typed) session.rememberDocumentAccess(packageId, typed);
      if (access === undefined) opened.add(packageId);
      return detail;
    },
    requestPackageOtp: async ({ packageId }) => {
      const order = myOrder(await knownWorkflow(packageId));
      if (order === undefined) throw notRecipientFailure('send you its code');
      await session.api().requestPackageOtp(packageId, order);
      return null;
    },
    getDocumentFields: async ({ packageId, documentId }) => {
      const { serverUrl } = session.signedIn();
      const body = await readDocumentFields(session.api(), packageId, documentId, {
        paged: pagedFieldsByServer.get(serverUrl) ?? false,
        pageCount: async () => (await knownWorkflow(packageId)).documents.find((d) => d.id === documentId)?.pages ?? 1,
        learned: (paged) => pagedFieldsByServer.set(serverUrl, paged),
      });
      return { packageId, documentId, fields: toFieldInfos(body) };
    },
  } satisfies Partial<HandlerTable>;
}

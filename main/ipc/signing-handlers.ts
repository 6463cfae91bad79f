import type { HandlerTable } from './handler-table.js';
import type { SessionService } from '../session/session-service.js';
import { toFormFieldsBody } from '../signinghub/form-fields-body.js';
import type { SignBody } from '../signinghub/api-client.js';

/** The page, signing and package-action channels. */
export function createSigningHandlers(session: SessionService) {
  return {
    getPageImage: async ({ packageId, documentId, page, width, height }) => {
      const image = await session.api().pageImage(packageId, documentId, page, width, height, session.documentAccess(packageId));
      return { dataUrl: `data:image/png;base64,${image.png.toString('base64')}`, width: image.width, height: image.height };
    },
    getSigningPreferences: () => session.signingPreferences(),
    signField: async (input) => {
      const body: SignBody = { field_name: input.fieldName };
      if (input.method !== 'stored' && input.image) body.hand_signature_image = input.image;
      if (input.reason) body.signing_reason = input.reason;
      if (input.location) body.signing_location = input.location;
      if (input.contact) body.contact_information = input.contact;
      if (input.inPersonName) body.user_name = input.inPersonName;
      const result = await session.api().sign(input.packageId, input.documentId, body, input.otp);
      // Remember the signed-in user's own details once a signature went through; a walk-up
      // in-person signer's details are theirs, not the host's, and are never kept. Best effort:
      // a failed settings write must never turn a completed signature into a reported failure.
      if (!input.inPersonName) {
        await session
          .saveSigningPreferences({ reason: input.reason ?? '', location: input.location ?? '', contact: input.contact ?? '' })
          .catch(() => undefined);
      }
      return { status: result.status, transactionId: result.transaction_id };
    },
    getFieldStatus: async ({ packageId, documentId, fieldName }) => ({
      status: (await session.api().fieldStatus(packageId, documentId, fieldName)).status,
    }),
    fillInitials: async ({ packageId, documentId, fieldName, image, applyToAll }) => {
      await session.api().initial(packageId, documentId, fieldName, image, applyToAll);
      return null;
    },
    saveFormFields: async ({ packageId, documentId, values }) => {
      await session.api().fillFields(packageId, documentId, toFormFieldsBody(values));
      return null;
    },
    declinePackage: async ({ packageId, reason }) => {
      await session.api().packageAction(packageId, 'decline', { reason });
      return null;
    },
    approvePackage: async ({ packageId, reason }) => {
      await session.api().packageAction(packageId, 'approve', reason ? { reason } : undefined);
      return null;
    },
    submitPackage: async ({ packageId }) => {
      await session.api().packageAction(packageId, 'submit');
      return null;
    },
    finishPackage: async ({ packageId }) => {
      await session.api().packageAction(packageId, 'finish');
      return null;
    },
  } satisfies Partial<HandlerTable>;
}

// Opening the sign dialog from a field: save the form, text the code when asked (once per retry time), read the
// remembered details beside them, then open. The field is busy meanwhile, so a second press starts nothing.
import { useRef } from 'react';
import type { Dispatch } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { FieldInfo, FieldRef } from '../../../shared/contract';
import { NO_PREFERENCES, signingPreferencesQuery } from '../api/document-queries';
import { useReportFailure } from '../api/failure-report';
import { useCommand } from '../api/use-command';
import { signer } from '../api/bridge';
import { retrySeconds, secondsLeft } from '../codes/countdown';
import { MAYBE_SENT_NOTE } from '../codes/otp-send';
import { fieldKey } from '../document/next-field';
import type { FlowAction } from './flow-state';
import { prepareSignDialog } from './start-signing';
import type { SaveOutcome } from './use-form-save';

/** What starting a signature needs from the flow. */
export interface StartSigningOptions {
  packageId: number;
  /** Shows my invalid form fields of the document; true when there are none. */
  checkForm: (documentId: number) => boolean;
  saveForm: (documentId: number) => Promise<SaveOutcome>;
  dispatch: Dispatch<FlowAction>;
}

/** Starting a signature, and the record of when each field's SMS went out. */
export interface StartSigning {
  start: (documentId: number, field: FieldInfo, withOtp: boolean, trigger: HTMLElement | null) => Promise<void>;
  /** Remembers an SMS the sign dialog sent (a resend, or a code the server demanded). */
  codeSent: (key: string, at: number) => void;
  /** Forgets a field's SMS once the field is signed. */
  forget: (key: string) => void;
}

/** The Send OTP and Sign buttons of a field. */
export function useStartSigning({ packageId, checkForm, saveForm, dispatch }: StartSigningOptions): StartSigning {
  const queryClient = useQueryClient();
  const report = useReportFailure();
  // When each field's last SMS went out: reopening within its retry time sends no second SMS.
  const otpSentAt = useRef(new Map<string, number>());
  const requestOtp = useCommand((ref: FieldRef) => signer().requestOtp(ref), { errorTitle: 'Could not send OTP', failures: 'inline' });

  const start = async (documentId: number, field: FieldInfo, withOtp: boolean, trigger: HTMLElement | null): Promise<void> => {
    const key = fieldKey(documentId, field.name);
    if (!checkForm(documentId)) return;
    // Busy from here, so a second press cannot start a second save or SMS.
    dispatch({ type: 'prepare', key });
    try {
      const lastSent = otpSentAt.current.get(key);
      // Reopened within the retry time: the code already sent (asked for or demanded by Sign) still works,
      // and a second SMS would only replace it.
      const recent = lastSent !== undefined && secondsLeft(lastSent, retrySeconds(field.otp), Date.now()) > 0 ? lastSent : null;
      const opening = await prepareSignDialog({
        // Unsaved valid edits go to the server before the signature that seals them.
        save: async () => ['saved', 'nothing'].includes(await saveForm(documentId)),
        // Only a convenience: the dialog opens empty without it.
        readPreferences: () => queryClient.fetchQuery(signingPreferencesQuery()).catch(() => NO_PREFERENCES),
        sendCode: withOtp && recent === null ? () => requestOtp.run({ packageId, documentId, fieldName: field.name }) : null,
      });
      if (opening.status === 'refused') report('Could not send OTP', opening.error);
      if (opening.status !== 'ready') return;
      let sentAt = recent;
      if (opening.sent !== 'none') {
        // Sent, or maybe sent (the answer was lost): either way the code may be on its way, so no second SMS by itself.
        sentAt = Date.now();
        otpSentAt.current.set(key, sentAt);
      }
      const notice = opening.sent === 'maybe' ? MAYBE_SENT_NOTE : '';
      dispatch({ type: 'open', dialog: { kind: 'sign', documentId, field, otpSentAt: sentAt, preferences: opening.preferences, trigger, notice } });
    } finally {
      dispatch({ type: 'prepared' });
    }
  };

  return {
    start,
    codeSent: (key, at) => otpSentAt.current.set(key, at),
    forget: (key) => otpSentAt.current.delete(key),
  };
}

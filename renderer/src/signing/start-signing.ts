// The steps before the sign dialog opens, in their order: unsaved form values are saved, then the SMS goes out.
// The remembered signing details are a read that depends on neither, so it runs beside them, not before.
import type { ApiError, Result, SigningPreferences } from '../../../shared/contract';
import { otpSendOutcome } from '../codes/otp-send';

/** What preparing the sign dialog does. */
export interface SignPreparation {
  /** Saves unsaved form values first; false when they were not saved (refused, failed or still being saved). */
  save: () => Promise<boolean>;
  /** Reads the reason, location and contact remembered from the last signature; never rejects. */
  readPreferences: () => Promise<SigningPreferences>;
  /** Texts the field's code, resolving to null when nothing came back to act on; null when no SMS is due. */
  sendCode: (() => Promise<Result<null> | null>) | null;
}

/** How it ended: stopped (nothing to open), the SMS refused, or ready with what the dialog opens with. */
export type SignOpening =
  | { status: 'stopped' }
  | { status: 'refused'; error: ApiError }
  /** `sent`: 'none' when no SMS was asked for; 'maybe' when its answer was lost, so the code may be on its way. */
  | { status: 'ready'; preferences: SigningPreferences; sent: 'none' | 'sent' | 'maybe' };

/** Runs the steps: the details are read at once, the SMS goes out only after a successful save. */
export async function prepareSignDialog(steps: SignPreparation): Promise<SignOpening> {
  const preferences = steps.readPreferences();
  if (!(await steps.save())) return { status: 'stopped' };
  if (steps.sendCode === null) return { status: 'ready', preferences: await preferences, sent: 'none' };
  const result = await steps.sendCode();
  if (result === null) return { status: 'stopped' };
  const sent = otpSendOutcome(result);
  if (sent.status === 'refused') return { status: 'refused', error: sent.error };
  return { status: 'ready', preferences: await preferences, sent: sent.status };
}

// What pressing a field's button or its mark on the page does, decided from the field alone. Pure.
import type { FieldInfo } from '../../../shared/contract';
import { isFormKind, isSignatureKind } from '../../../shared/field-kinds';
import { fieldState, needsOtp } from '../document/field-state';
import type { FieldIntent } from '../document/package-work-context';

/** The step a press leads to. */
export type FieldStep =
  /** A form field's mark: focus its input in the list. */
  | { do: 'focusInput' }
  /** A mark of a field with nothing to do: focus its details in the list. */
  | { do: 'focusItem' }
  /** A phone approval may still be pending: wait for it again, never a second Sign. */
  | { do: 'resumeApproval' }
  | { do: 'initials' }
  /** The sign dialog, with an SMS first when `withOtp`. */
  | { do: 'sign'; withOtp: boolean }
  /** An in-person field: hand it to the walk-up signer's own window. */
  | { do: 'handOver' }
  /** Not mine to act on (SigningHub would refuse it), or nothing to do. */
  | { do: 'nothing' };

/** The step for `intent` on `field`; `approvalPending` when an earlier Sign of it may still wait on the phone. */
export function fieldStep(
  field: Pick<FieldInfo, 'kind' | 'processed' | 'readOnly' | 'order' | 'otp'>,
  intent: FieldIntent,
  mine: ReadonlySet<number>,
  approvalPending: boolean,
): FieldStep {
  const state = fieldState(field, mine);
  let resolved = intent;
  if (intent === 'mark') {
    // A mark acts like the field's main button; fields with nothing to do send focus to their details.
    if (isFormKind(field.kind)) return { do: 'focusInput' };
    if (state !== 'todo') return { do: 'focusItem' };
    resolved = field.kind === 'initials' ? 'initials' : needsOtp(field) ? 'sendOtp' : 'sign';
  }
  // Only my own open fields (and those I host) are acted on: SigningHub refuses the rest.
  if (state !== 'todo') return { do: 'nothing' };
  // The walk-up signer signs in their own window, never in the host's.
  if (field.kind === 'in_person_signature') return { do: 'handOver' };
  if (approvalPending) return { do: 'resumeApproval' };
  if (resolved === 'initials') return { do: 'initials' };
  return isSignatureKind(field.kind) ? { do: 'sign', withOtp: resolved === 'sendOtp' } : { do: 'nothing' };
}

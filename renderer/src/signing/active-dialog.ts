// The dialogs of the package view, as data: which one is open and what it works on.
import type { FieldInfo, SigningPreferences } from '../../../shared/contract';

/** A toolbar action with a dialog. */
export type PackageActionKind = 'decline' | 'approve' | 'submit';

/** The one dialog of the package view that is open; `trigger` gets focus back when it closes. */
export type ActiveDialog =
  | {
      kind: 'sign';
      documentId: number;
      field: FieldInfo;
      otpSentAt: number | null;
      preferences: SigningPreferences;
      trigger: HTMLElement | null;
      /** Said when the dialog opens, e.g. that the code may have been sent although no answer said so. */
      notice?: string;
    }
  | { kind: 'initials'; documentId: number; field: FieldInfo; trigger: HTMLElement | null }
  /** `resumed`: the wait goes on from an earlier Sign (after Cancel), so the status is read at once. */
  | { kind: 'approval'; documentId: number; field: FieldInfo; trigger: HTMLElement | null; resumed?: boolean }
  | { kind: PackageActionKind; trigger: HTMLElement | null };

/** The sign dialog's state. */
export type SignDialogState = Extract<ActiveDialog, { kind: 'sign' }>;
/** The initials dialog's state. */
export type InitialsDialogState = Extract<ActiveDialog, { kind: 'initials' }>;
/** The remote-approval dialog's state. */
export type ApprovalDialogState = Extract<ActiveDialog, { kind: 'approval' }>;

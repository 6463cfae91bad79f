// Renders the open dialog of the package view and routes its outcome back to the signing flow.
import type { DocumentSummary, FieldInfo, Recipient, SignOutcome } from '../../../shared/contract';
import type { ActiveDialog, ApprovalDialogState, InitialsDialogState, PackageActionKind, SignDialogState } from './active-dialog';
import { ApprovalDialog } from './ApprovalDialog';
import type { ApprovalOutcome, ApprovalStop } from './ApprovalDialog';
import { InitialsDialog } from './InitialsDialog';
import { ApproveDialog, DeclineDialog, SubmitDialog } from './PackageActionDialogs';
import { SignDialog } from './SignDialog';
import { signerNameFor } from './sign-dialog-text';
import type { RecoverStep } from './use-step-recovery';
import './signing.css';

/** Props of the dialog switch: the open dialog and one callback per outcome. */
export interface ActiveDialogViewProps {
  dialog: ActiveDialog;
  packageId: number;
  packageName: string;
  /** The package's documents, recipients and my email: who signs a field, and where it is. */
  documents: readonly DocumentSummary[];
  users: readonly Recipient[];
  email: string;
  /** The sender's message (PackageDetail.senderMessage). */
  senderMessage?: string;
  /** Looks up whether a toolbar action whose answer was lost was done after all. */
  recover: RecoverStep;
  onCancel: () => void;
  onOtpSent: (documentId: number, field: FieldInfo, at: number) => void;
  onSigned: (dialog: SignDialogState, outcome: SignOutcome) => void;
  onInitialed: (dialog: InitialsDialogState, appliedToAll: boolean) => void;
  onApproval: (dialog: ApprovalDialogState, outcome: ApprovalOutcome) => void;
  onApprovalStop: (dialog: ApprovalDialogState, stop: ApprovalStop) => void;
  onActionDone: (kind: PackageActionKind) => void;
}

/** The focus target on close: the trigger while it is still in the page. */
const returnTo = (trigger: HTMLElement | null) => () => (trigger?.isConnected === true ? trigger : null);

/** Shows the one open dialog. */
export function ActiveDialogView({
  dialog,
  packageId,
  packageName,
  documents,
  users,
  email,
  senderMessage,
  recover,
  onCancel,
  onOtpSent,
  onSigned,
  onInitialed,
  onApproval,
  onApprovalStop,
  onActionDone,
}: ActiveDialogViewProps) {
  switch (dialog.kind) {
    case 'sign':
      return (
        <SignDialog
          packageId={packageId}
          documentId={dialog.documentId}
          field={dialog.field}
          documentName={documents.find((document) => document.id === dialog.documentId)?.name ?? ''}
          signerName={signerNameFor(dialog.field, users, email)}
          senderMessage={senderMessage}
          otpSentAt={dialog.otpSentAt}
          notice={dialog.notice ?? ''}
          preferences={dialog.preferences}
          returnFocus={returnTo(dialog.trigger)}
          onOtpSent={(at) => onOtpSent(dialog.documentId, dialog.field, at)}
          onSigned={(outcome) => onSigned(dialog, outcome)}
          onCancel={onCancel}
        />
      );
    case 'initials':
      return (
        <InitialsDialog
          packageId={packageId}
          documentId={dialog.documentId}
          field={dialog.field}
          returnFocus={returnTo(dialog.trigger)}
          onDone={(all) => onInitialed(dialog, all)}
          onCancel={onCancel}
        />
      );
    case 'approval':
      return (
        <ApprovalDialog
          field={{ packageId, documentId: dialog.documentId, fieldName: dialog.field.name }}
          resumed={dialog.resumed === true}
          returnFocus={returnTo(dialog.trigger)}
          onOutcome={(outcome) => onApproval(dialog, outcome)}
          onStop={(stop) => onApprovalStop(dialog, stop)}
          onCancel={onCancel}
        />
      );
    default: {
      const props = { packageId, packageName, returnFocus: returnTo(dialog.trigger), recover, onCancel, onDone: () => onActionDone(dialog.kind) };
      if (dialog.kind === 'decline') return <DeclineDialog {...props} />;
      if (dialog.kind === 'approve') return <ApproveDialog {...props} />;
      return <SubmitDialog {...props} />;
    }
  }
}

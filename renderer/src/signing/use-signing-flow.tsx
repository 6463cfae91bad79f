// The package's working state machine: which dialog is open, the sign / initials / form / action flows,
// and what happens after each change (refetch, focus the next field, finish the package).
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentFields, DocumentSummary, FieldInfo, FieldRef, Recipient, SignOutcome } from '../../../main/ipc/contract';
import { NO_PREFERENCES, packageViewKey, pageImagesKey, signingPreferencesQuery } from '../api/document-queries';
import { documentFieldsQuery } from '../api/queries';
import { useInlineCall } from '../api/use-bridge-call';
import { signer } from '../bridge';
import { useDialogs } from '../dialogs/dialog-context';
import { fieldState, isFormKind, needsOtp, packageWorkDone } from '../document/field-state';
import { focusFieldItem, focusFormInput } from '../document/field-focus';
import { formValuesToSave, needsAttention } from '../document/form-draft';
import { canFinish } from '../document/my-role';
import { fieldKey } from '../document/next-field';
import type { FieldIntent } from '../document/package-work-context';
import type { FormDrafts } from '../document/use-form-drafts';
import { isSignatureKind } from '../format';
import type { ApprovalOutcome, ApprovalStop } from './ApprovalDialog';
import { ActiveDialogView } from './ActiveDialogView';
import type { ActiveDialog, ApprovalDialogState, PackageActionKind, SignDialogState } from './active-dialog';
import { retrySeconds, secondsLeft } from './countdown';
import { ACTION_DONE, approvalDeadline, approvalRefused } from './flow-messages';
import { MAYBE_SENT_NOTE, otpSendOutcome } from './otp-send';
import { useFinish } from './use-finish';
import { useFormSave } from './use-form-save';
import { useLeavePackage } from './use-leave-package';
import type { SaveOutcome } from './use-form-save';
import { usePendingApprovals } from './use-pending-approvals';
import { useStepRecovery } from './use-step-recovery';

export type { SaveOutcome } from './use-form-save';

/** What the flow needs to know about the open package. */
export interface SigningFlowOptions {
  packageId: number;
  packageName: string;
  documents: readonly DocumentSummary[];
  users: readonly Recipient[];
  email: string;
  mine: ReadonlySet<number>;
  drafts: FormDrafts;
  /** True when a code or password opened the package: refetching it would ask again. */
  unlocked: boolean;
  /** Says something in the page's live region. */
  announce: (text: string) => void;
  /** Focuses my next open field after `fromKey`; false when there is none. */
  focusNext: (fromKey: string | null) => boolean;
  /** Leaves for the package list. */
  onBack: () => void;
}

/** The flow's state and entry points. */
export interface SigningFlow {
  /** The open dialog, to render once in the package view. */
  dialog: ReactNode;
  act: (documentId: number, field: FieldInfo, intent: FieldIntent, trigger: HTMLElement | null) => void;
  /** The Save fields button: saves, then finishes the package when that was the last thing to do. */
  saveForm: (documentId: number) => Promise<SaveOutcome>;
  openAction: (kind: PackageActionKind, trigger: HTMLElement | null) => void;
  finish: () => void;
  busyKey: string | null;
  savingDocumentId: number | null;
  finishing: boolean;
  /** Field keys whose phone approval may still be pending: Sign waits for it again instead of signing. */
  pendingApprovals: ReadonlySet<string>;
}

/** Runs everything a recipient can do to an open package. */
export function useSigningFlow(options: SigningFlowOptions): SigningFlow {
  const { packageId, packageName, documents, users, email, mine, drafts, unlocked, announce, focusNext, onBack } = options;
  const queryClient = useQueryClient();
  const dialogs = useDialogs();
  const [dialog, setDialog] = useState<ActiveDialog | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  // When each field's last SMS went out: reopening within its retry time sends no second SMS.
  const otpSentAt = useRef(new Map<string, number>());
  const pending = usePendingApprovals(packageId);
  const recover = useStepRecovery({ packageId, email, unlocked });
  const [focusRequest, setFocusRequest] = useState<{ fromKey: string | null; message: string; id: number } | null>(null);
  const focusHandled = useRef(0);
  const leavePackage = useLeavePackage(packageId, onBack);

  useEffect(() => {
    if (focusRequest === null || dialog !== null || focusHandled.current === focusRequest.id) return;
    focusHandled.current = focusRequest.id;
    if (!focusNext(focusRequest.fromKey)) announce(`${focusRequest.message} You have no fields left to complete.`.trim());
  }, [focusRequest, dialog, focusNext, announce]);

  const requestOtp = useInlineCall((ref: FieldRef) => signer().requestOtp(ref), 'Could not send OTP');

  const fieldsKey = (documentId: number) => documentFieldsQuery(packageId, documentId).queryKey;
  const fieldsOf = (documentId: number): FieldInfo[] | undefined => queryClient.getQueryData<DocumentFields>(fieldsKey(documentId))?.fields;
  const refetchFields = (documentId: number) => queryClient.refetchQueries({ queryKey: fieldsKey(documentId), exact: true });
  const { checkForm, saveForm, savingDocumentId } = useFormSave({ packageId, mine, drafts, announce, fieldsOf, refetchFields });
  const refreshPackage = (): void => {
    // A protected package would ask for its code again; its recipient list stays as it was.
    if (!unlocked) void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId) });
  };

  const { finish, finishing } = useFinish({
    packageId,
    recover,
    onFinished: () => leavePackage('Package finished', `You have completed everything in “${packageName}”.`),
  });

  /** Every document's fields from the cache, or null while one is still loading. */
  const allFields = (): FieldInfo[][] | null => {
    const lists = documents.map((document) => fieldsOf(document.id));
    return lists.every((fields) => fields !== undefined) ? (lists as FieldInfo[][]) : null;
  };

  /** Finishes the package when nothing of mine is left; valid unsaved form values are saved first. True when it started finishing. */
  const finishIfDone = async (): Promise<boolean> => {
    if (!canFinish(users, email)) return false;
    let lists = allFields();
    if (lists === null) return false;
    if (!packageWorkDone(lists, mine)) {
      // Only filled-in, unsaved form fields left? Save them: that completes the package.
      const attention = documents.some((document, index) => (lists?.[index] ?? []).some((field) => needsAttention(field, drafts.of(document.id).values, mine)));
      if (attention) return false;
      for (const document of documents) {
        if (formValuesToSave(fieldsOf(document.id) ?? [], drafts.of(document.id).values, mine).length === 0) continue;
        if ((await saveForm(document.id)) !== 'saved') return false;
      }
      lists = allFields();
      if (lists === null || !packageWorkDone(lists, mine)) return false;
    }
    finish();
    return true;
  };

  /** After a field changed: refresh what shows it, then finish the package or (when `moveOn`) go to my next field. */
  const afterChange = async (documentId: number, message: string, fromKey: string | null, moveOn = true): Promise<void> => {
    if (message !== '') announce(message);
    await Promise.all([refetchFields(documentId), queryClient.invalidateQueries({ queryKey: pageImagesKey(packageId, documentId) })]);
    refreshPackage();
    if (await finishIfDone()) return;
    // Moved in an effect, so it lands after the closed dialog has given focus back to its trigger.
    if (moveOn) setFocusRequest((last) => ({ fromKey, message, id: (last?.id ?? 0) + 1 }));
  };

  /** Opens the sign dialog for a field, sending its SMS first when asked to. */
  const startSigning = async (documentId: number, field: FieldInfo, withOtp: boolean, trigger: HTMLElement | null): Promise<void> => {
    const key = fieldKey(documentId, field.name);
    if (fieldState(field, mine) === 'todo' && !checkForm(documentId)) return;
    // Busy from here, so a second press cannot start a second save or SMS.
    setBusyKey(key);
    try {
      if (fieldState(field, mine) === 'todo') {
        // Unsaved valid edits go to the server before the signature that seals them.
        const saved = await saveForm(documentId);
        if (saved !== 'saved' && saved !== 'nothing') return;
      }
      const preferences = await queryClient.fetchQuery(signingPreferencesQuery()).catch(() => NO_PREFERENCES);
      const lastSent = otpSentAt.current.get(key);
      // Reopened within the retry time: the code already sent (asked for or demanded by Sign) still works,
      // and a second SMS would only replace it.
      const recent = lastSent !== undefined && secondsLeft(lastSent, retrySeconds(field.otp), Date.now()) > 0 ? lastSent : null;
      if (!withOtp || recent !== null) {
        setDialog({ kind: 'sign', documentId, field, otpSentAt: recent, preferences, trigger });
        return;
      }
      const run = await requestOtp.run({ packageId, documentId, fieldName: field.name });
      if (run.status !== 'done') return;
      const sent = otpSendOutcome(run.value);
      if (sent.status === 'refused') {
        dialogs.showError('Could not send OTP', sent.error);
        return;
      }
      // Sent, or maybe sent (the answer was lost): either way the code may be on its way, so no second SMS by itself.
      const at = Date.now();
      otpSentAt.current.set(key, at);
      setDialog({ kind: 'sign', documentId, field, otpSentAt: at, preferences, trigger, notice: sent.status === 'maybe' ? MAYBE_SENT_NOTE : '' });
    } finally {
      setBusyKey(null);
    }
  };

  const act = (documentId: number, field: FieldInfo, intent: FieldIntent, trigger: HTMLElement | null): void => {
    if (dialog !== null || busyKey !== null) return;
    const key = fieldKey(documentId, field.name);
    const state = fieldState(field, mine);
    let resolved = intent;
    if (intent === 'mark') {
      // A mark acts like the field's main button; fields with nothing to do send focus to their details.
      if (isFormKind(field.kind)) {
        focusFormInput(key);
        return;
      }
      if (state !== 'todo') {
        focusFieldItem(key);
        return;
      }
      resolved = field.kind === 'initials' ? 'initials' : needsOtp(field) ? 'sendOtp' : 'sign';
    }
    // Only my own open fields (and those I host) are acted on: SigningHub refuses the rest.
    if (state !== 'todo') return;
    if (pending.keys.has(key)) {
      // A phone approval may still be pending: read its status and wait again, never a second Sign.
      setDialog({ kind: 'approval', documentId, field, trigger, resumed: true });
      return;
    }
    if (resolved === 'initials') {
      setDialog({ kind: 'initials', documentId, field, trigger });
      return;
    }
    if (isSignatureKind(field.kind)) void startSigning(documentId, field, resolved === 'sendOtp', trigger);
  };

  const onSigned = (active: SignDialogState, outcome: SignOutcome): void => {
    const key = fieldKey(active.documentId, active.field.name);
    otpSentAt.current.delete(key);
    void queryClient.invalidateQueries({ queryKey: signingPreferencesQuery().queryKey });
    if (outcome.status === 'PENDING') {
      pending.add(key);
      setDialog({ kind: 'approval', documentId: active.documentId, field: active.field, trigger: active.trigger });
      return;
    }
    setDialog(null);
    void afterChange(active.documentId, `${active.field.name} signed.`, key);
  };

  const onApproval = (active: ApprovalDialogState, outcome: ApprovalOutcome): void => {
    setDialog(null);
    const key = fieldKey(active.documentId, active.field.name);
    pending.remove(key);
    if (outcome === 'SIGNED') {
      dialogs.showInfo('Signature approved', `Field ${active.field.name} was signed after your approval on your phone.`);
      void afterChange(active.documentId, `${active.field.name} signed.`, key);
      return;
    }
    dialogs.showError('The signature was not completed', approvalRefused(active.field.name, outcome));
    void refetchFields(active.documentId);
  };

  const onApprovalStop = (active: ApprovalDialogState, stop: ApprovalStop): void => {
    setDialog(null);
    if (stop.reason === 'error') dialogs.showError('Could not check the signature', stop.error);
    else dialogs.showError('No answer from your phone', approvalDeadline(active.field.name));
    // The phone may have answered meanwhile: show the field as the server has it.
    void refetchFields(active.documentId);
  };

  const onActionDone = (kind: PackageActionKind): void => {
    setDialog(null);
    leavePackage(ACTION_DONE[kind].title, ACTION_DONE[kind].text(packageName));
  };

  const view =
    dialog === null ? null : (
      <ActiveDialogView
        dialog={dialog}
        packageId={packageId}
        packageName={packageName}
        recover={recover}
        onCancel={() => {
          // Stopping the wait for a phone approval: the phone may have answered, so show the field as the server has it.
          if (dialog.kind === 'approval') void refetchFields(dialog.documentId);
          setDialog(null);
        }}
        onOtpSent={(documentId, field, at) => otpSentAt.current.set(fieldKey(documentId, field.name), at)}
        onSigned={onSigned}
        onInitialed={(active, all) => {
          setDialog(null);
          const text = all ? 'Initials added to all your initials fields.' : `Initials added to ${active.field.name}.`;
          void afterChange(active.documentId, text, fieldKey(active.documentId, active.field.name));
        }}
        onApproval={onApproval}
        onApprovalStop={onApprovalStop}
        onActionDone={onActionDone}
      />
    );

  return {
    dialog: view,
    act,
    saveForm: async (documentId) => {
      const outcome = await saveForm(documentId);
      if (outcome === 'saved') void afterChange(documentId, '', null, false);
      return outcome;
    },
    openAction: (kind, trigger) => {
      if (dialog === null) setDialog({ kind, trigger });
    },
    finish,
    busyKey,
    savingDocumentId,
    finishing,
    pendingApprovals: pending.keys,
  };
}

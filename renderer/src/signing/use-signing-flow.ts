// Everything a recipient can do to an open package: the dialog state (a pure reducer in flow-state.ts), the action
// hooks that start and follow each step, and the props of the one open dialog for the package view to render.
import { useEffect, useReducer } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentFields, FieldInfo } from '../../../shared/contract';
import { signingPreferencesQuery } from '../api/document-queries';
import { documentFieldsQuery } from '../api/queries';
import { useDialogs } from '../dialogs/dialog-context';
import { focusFieldItem, focusFormInput } from '../document/field-focus';
import { fieldKey } from '../document/next-field';
import type { FieldIntent } from '../document/package-work-context';
import type { ActiveDialogViewProps } from './ActiveDialogView';
import type { PackageActionKind } from './active-dialog';
import { fieldStep } from './field-action';
import { approvalDeadline, approvalRefused } from './flow-messages';
import { INITIAL_FLOW, flowReducer } from './flow-state';
import type { OpenPackage } from './open-package';
import { useOutcomeReport } from './outcome-context';
import { useAfterChange } from './use-after-change';
import { useFinish } from './use-finish';
import { useFormSave } from './use-form-save';
import type { SaveOutcome } from './use-form-save';
import { usePendingApprovals } from './use-pending-approvals';
import { useStartHandOver } from './use-start-hand-over';
import type { StartHandOver } from './use-start-hand-over';
import { useStartSigning } from './use-start-signing';
import { useStepRecovery } from './use-step-recovery';

export type { SaveOutcome } from './use-form-save';

/** What the flow needs to know about the open package. */
export interface SigningFlowOptions extends OpenPackage {
  packageName: string;
  /** The sender's message, for the sign dialog. */
  senderMessage?: string;
  /** Focuses my next open field after `fromKey`; false when there is none. */
  focusNext: (fromKey: string | null) => boolean;
  /** Hands an in-person field to the walk-up signer's window. */
  startHandOver: StartHandOver;
}

/** The flow's state and entry points. */
export interface SigningFlow {
  /** The open dialog's props, for an ActiveDialogView rendered once in the package view; null when none is open. */
  dialog: ActiveDialogViewProps | null;
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
  const { packageId, packageName, senderMessage, documents, users, email, mine, drafts, unlocked, announce, focusNext } = options;
  const queryClient = useQueryClient();
  const dialogs = useDialogs();
  const [state, dispatch] = useReducer(flowReducer, INITIAL_FLOW);
  const { dialog, busyKey, focus } = state;
  const pending = usePendingApprovals(packageId);
  const recover = useStepRecovery({ packageId, email, unlocked });
  const report = useOutcomeReport();

  // Focus moves once every dialog is closed, so it lands after the closed one has given focus back to its trigger.
  useEffect(() => {
    if (focus === null || dialog !== null) return;
    dispatch({ type: 'focused' });
    if (!focusNext(focus.fromKey)) announce(`${focus.message} You have no fields left to complete.`.trim());
  }, [focus, dialog, focusNext, announce]);

  const fieldsKey = (documentId: number) => documentFieldsQuery(packageId, documentId).queryKey;
  const fieldsOf = (documentId: number): FieldInfo[] | undefined => queryClient.getQueryData<DocumentFields>(fieldsKey(documentId))?.fields;
  const refetchFields = (documentId: number) => queryClient.refetchQueries({ queryKey: fieldsKey(documentId), exact: true });
  const { checkForm, saveForm, savingDocumentId } = useFormSave({ packageId, mine, drafts, announce, fieldsOf, refetchFields });
  const { finish, finishing } = useFinish({ packageId, recover, report });
  const afterChange = useAfterChange({
    packageId,
    documents,
    users,
    email,
    mine,
    drafts,
    unlocked,
    announce,
    fieldsOf,
    refetchFields,
    saveForm,
    finish,
    dispatch,
  });
  const signing = useStartSigning({ packageId, checkForm, saveForm, dispatch });
  const handOver = useStartHandOver({ packageId, checkForm, saveForm, dispatch, startHandOver: options.startHandOver });

  const act = (documentId: number, field: FieldInfo, intent: FieldIntent, trigger: HTMLElement | null): void => {
    if (dialog !== null || busyKey !== null) return;
    const key = fieldKey(documentId, field.name);
    const step = fieldStep(field, intent, mine, pending.keys.has(key));
    if (step.do === 'focusInput') focusFormInput(key);
    else if (step.do === 'focusItem') focusFieldItem(key);
    else if (step.do === 'resumeApproval') dispatch({ type: 'open', dialog: { kind: 'approval', documentId, field, trigger, resumed: true } });
    else if (step.do === 'initials') dispatch({ type: 'open', dialog: { kind: 'initials', documentId, field, trigger } });
    else if (step.do === 'sign') void signing.start(documentId, field, step.withOtp, trigger);
    else if (step.do === 'handOver') void handOver(documentId, field, trigger);
  };

  const view: ActiveDialogViewProps | null =
    dialog === null
      ? null
      : {
          dialog,
          packageId,
          packageName,
          documents,
          users,
          email,
          senderMessage,
          recover,
          onCancel: () => {
            // Stopping the wait for a phone approval: the phone may have answered, so show the field as the server has it.
            if (dialog.kind === 'approval') void refetchFields(dialog.documentId);
            dispatch({ type: 'close' });
          },
          onOtpSent: (documentId, field, at) => signing.codeSent(fieldKey(documentId, field.name), at),
          onSigned: (active, outcome) => {
            const key = fieldKey(active.documentId, active.field.name);
            signing.forget(key);
            void queryClient.invalidateQueries({ queryKey: signingPreferencesQuery().queryKey });
            dispatch({ type: 'signed', status: outcome.status });
            if (outcome.status === 'PENDING') pending.add(key);
            else void afterChange(active.documentId, `${active.field.name} signed.`, key);
          },
          onInitialed: (active, all) => {
            dispatch({ type: 'close' });
            const text = all ? 'Initials added to all your initials fields.' : `Initials added to ${active.field.name}.`;
            void afterChange(active.documentId, text, fieldKey(active.documentId, active.field.name));
          },
          onApproval: (active, outcome) => {
            dispatch({ type: 'close' });
            const key = fieldKey(active.documentId, active.field.name);
            pending.remove(key);
            if (outcome === 'SIGNED') {
              dialogs.showInfo('Signature approved', `Field ${active.field.name} was signed after your approval on your phone.`);
              void afterChange(active.documentId, `${active.field.name} signed.`, key);
              return;
            }
            dialogs.showError('The signature was not completed', approvalRefused(active.field.name, outcome));
            void refetchFields(active.documentId);
          },
          onApprovalStop: (active, stop) => {
            dispatch({ type: 'close' });
            if (stop.reason === 'error') dialogs.showError('Could not check the signature', stop.error);
            else dialogs.showError('No answer from your phone', approvalDeadline(active.field.name));
            // The phone may have answered meanwhile: show the field as the server has it.
            void refetchFields(active.documentId);
          },
          onActionDone: (kind) => {
            dispatch({ type: 'close' });
            report.done(kind);
          },
        };

  return {
    dialog: view,
    act,
    saveForm: async (documentId) => {
      const outcome = await saveForm(documentId);
      if (outcome === 'saved') void afterChange(documentId, '', null, false);
      return outcome;
    },
    openAction: (kind, trigger) => dispatch({ type: 'open', dialog: { kind, trigger } }),
    finish,
    busyKey,
    savingDocumentId,
    finishing,
    pendingApprovals: pending.keys,
  };
}

// The package's working state machine: which dialog is open, the sign / initials / form / action flows,
// and what happens after each change (refetch, focus the next field, finish the package).
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DocumentFields, DocumentSummary, FieldInfo, FieldRef, InputOf, Recipient, SignOutcome } from '../../../main/ipc/contract';
import { NO_PREFERENCES, PACKAGE_LIST_KEYS, packageViewKey, pageImagesKey, signingPreferencesQuery } from '../api/document-queries';
import { documentFieldsQuery } from '../api/queries';
import { useReportedCall } from '../api/use-bridge-call';
import { signer } from '../bridge';
import { useDialogs } from '../dialogs/dialog-context';
import { fieldState, isFormKind, needsOtp, packageWorkDone } from '../document/field-state';
import { focusFieldItem, focusFormInput } from '../document/field-focus';
import { formBlockers, formValuesToSave, needsAttention } from '../document/form-draft';
import { canFinish } from '../document/my-role';
import { fieldKey } from '../document/next-field';
import type { FieldIntent } from '../document/package-work-context';
import type { FormDrafts } from '../document/use-form-drafts';
import { isSignatureKind } from '../format';
import type { ApprovalOutcome, ApprovalStop } from './ApprovalDialog';
import { ActiveDialogView } from './ActiveDialogView';
import { APPROVAL_LIMITS } from './approval-policy';
import type { ActiveDialog, ApprovalDialogState, PackageActionKind, SignDialogState } from './active-dialog';
import { retrySeconds, secondsLeft } from './countdown';

/** The outcome of a form save; 'busy' when a save of the same fields was already running (a double click). */
export type SaveOutcome = 'saved' | 'nothing' | 'blocked' | 'failed' | 'busy';

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
}

const ACTION_DONE: Record<PackageActionKind, { title: string; text: (name: string) => string }> = {
  decline: { title: 'Package declined', text: (name) => `You declined “${name}”. The sender has been told why.` },
  approve: { title: 'Package approved', text: (name) => `You approved “${name}”. It has gone on to the next recipient.` },
  submit: { title: 'Package submitted', text: (name) => `You submitted “${name}”. It has gone on to the next recipient.` },
};

/** Runs everything a recipient can do to an open package. */
export function useSigningFlow(options: SigningFlowOptions): SigningFlow {
  const { packageId, packageName, documents, users, email, mine, drafts, unlocked, announce, focusNext, onBack } = options;
  const queryClient = useQueryClient();
  const dialogs = useDialogs();
  const [dialog, setDialog] = useState<ActiveDialog | null>(null);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [savingDocumentId, setSavingDocumentId] = useState<number | null>(null);
  // When each field's last SMS went out: reopening within its retry time sends no second SMS.
  const otpSentAt = useRef(new Map<string, number>());
  const finishStarted = useRef(false);
  const [focusRequest, setFocusRequest] = useState<{ fromKey: string | null; message: string; id: number } | null>(null);
  const focusHandled = useRef(0);
  // Finish and the actions answer after an await: by then the user may have left for another package.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (focusRequest === null || dialog !== null || focusHandled.current === focusRequest.id) return;
    focusHandled.current = focusRequest.id;
    if (!focusNext(focusRequest.fromKey)) announce(`${focusRequest.message} You have no fields left to complete.`.trim());
  }, [focusRequest, dialog, focusNext, announce]);

  const requestOtp = useReportedCall((ref: FieldRef) => signer().requestOtp(ref), 'Could not send OTP');
  const saveFields = useReportedCall((input: InputOf<'saveFormFields'>) => signer().saveFormFields(input), 'Could not save the fields');
  const finishCall = useReportedCall((input: InputOf<'finishPackage'>) => signer().finishPackage(input), 'Could not finish the package');

  const fieldsKey = (documentId: number) => documentFieldsQuery(packageId, documentId).queryKey;
  const fieldsOf = (documentId: number): FieldInfo[] | undefined => queryClient.getQueryData<DocumentFields>(fieldsKey(documentId))?.fields;
  const refetchFields = (documentId: number) => queryClient.refetchQueries({ queryKey: fieldsKey(documentId), exact: true });
  const refreshPackage = (): void => {
    // A protected package would ask for its code again; its recipient list stays as it was.
    if (!unlocked) void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId) });
  };
  const invalidateLists = (): void => {
    for (const key of PACKAGE_LIST_KEYS) void queryClient.invalidateQueries({ queryKey: key });
  };

  /** After the package was finished, declined, approved or submitted: refresh the lists, say so and go back. */
  const leavePackage = (title: string, text: string): void => {
    invalidateLists();
    // Marked stale only: a refetch now could text a protected package's code again.
    void queryClient.invalidateQueries({ queryKey: packageViewKey(packageId), refetchType: 'none' });
    // Gone meanwhile (back to the list, maybe into another package): going "back" now would close that one.
    if (!mounted.current) return;
    dialogs.showInfo(title, text);
    onBack();
  };

  const finish = (): void => {
    if (finishStarted.current) return;
    finishStarted.current = true;
    void (async () => {
      const done = await finishCall.run({ packageId });
      if (done.status !== 'done') {
        // The error was shown; the toolbar's Finish button lets the user try again.
        finishStarted.current = false;
        return;
      }
      leavePackage('Package finished', `You have completed everything in “${packageName}”.`);
    })();
  };

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

  /** Shows my invalid form fields and puts focus on the first; true when there were none. */
  const checkForm = (documentId: number): boolean => {
    const blockers = formBlockers(fieldsOf(documentId) ?? [], drafts.of(documentId).values, mine);
    const first = blockers[0];
    if (first === undefined) return true;
    drafts.revealAll(documentId);
    announce('Complete the required form fields first.');
    // The messages render with the reveal; focus once they are in the page.
    requestAnimationFrame(() => focusFormInput(fieldKey(documentId, first.name)));
    return false;
  };

  const saveForm = async (documentId: number): Promise<SaveOutcome> => {
    if (!checkForm(documentId)) return 'blocked';
    const items = formValuesToSave(fieldsOf(documentId) ?? [], drafts.of(documentId).values, mine);
    if (items.length === 0) return 'nothing';
    setSavingDocumentId(documentId);
    const saved = await saveFields.run({ packageId, documentId, values: items });
    // A second click while the first save runs: the first one owns the busy state and the outcome.
    if (saved.status === 'busy') return 'busy';
    if (saved.status === 'failed') {
      setSavingDocumentId(null);
      return 'failed';
    }
    await refetchFields(documentId);
    // Only now, so the inputs never flash the old server values.
    drafts.clearSaved(documentId, Object.fromEntries(items.map((item) => [item.fieldName, item.value])));
    setSavingDocumentId(null);
    return 'saved';
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
      const sent = await requestOtp.run({ packageId, documentId, fieldName: field.name });
      if (sent.status !== 'done') return;
      const at = Date.now();
      otpSentAt.current.set(key, at);
      setDialog({ kind: 'sign', documentId, field, otpSentAt: at, preferences, trigger });
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
      setDialog({ kind: 'approval', documentId: active.documentId, field: active.field, trigger: active.trigger });
      return;
    }
    setDialog(null);
    void afterChange(active.documentId, `${active.field.name} signed.`, key);
  };

  const onApproval = (active: ApprovalDialogState, outcome: ApprovalOutcome): void => {
    setDialog(null);
    const key = fieldKey(active.documentId, active.field.name);
    if (outcome === 'SIGNED') {
      dialogs.showInfo('Signature approved', `Field ${active.field.name} was signed after your approval on your phone.`);
      void afterChange(active.documentId, `${active.field.name} signed.`, key);
      return;
    }
    const message =
      outcome === 'DECLINED'
        ? `The signature for field ${active.field.name} was declined on your phone (DECLINED).`
        : `The signature for field ${active.field.name} failed on your phone (FAILED).`;
    dialogs.showError('The signature was not completed', { kind: 'server', message });
    void refetchFields(active.documentId);
  };

  const onApprovalStop = (active: ApprovalDialogState, stop: ApprovalStop): void => {
    setDialog(null);
    if (stop.reason === 'error') dialogs.showError('Could not check the signature', stop.error);
    else
      dialogs.showError('No answer from your phone', {
        kind: 'timeout',
        message: `Desk Signer stopped waiting for your approval of field ${active.field.name} after ${APPROVAL_LIMITS.deadlineMs / 60_000} minutes. If you approve it later, the field shows as signed when you open the package again.`,
      });
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
    finishing: finishCall.isPending,
  };
}

import { type FieldBox, type FieldInfo, type FieldOtp, type FormValue, type PackageDetail, type PackageSummary } from '../../shared/contract.js';
import { FIELD_KINDS, isFormKind, type FieldKind } from '../../shared/field-kinds.js';
import { parseServerDate } from './dates.js';
import type { FieldItem, FieldsResponse, PackageItem, WorkflowResponse } from './schemas.js';
import type { z } from 'zod';

const DEFAULT_OTP_LENGTH = 6;
const DEFAULT_RETRY_SECONDS = 60;

/** A package list item in the contract's shape; zone-less dates are read in `serverTimeZone`. */
export function toPackageSummary(item: z.output<typeof PackageItem>, serverTimeZone: string): PackageSummary {
  return {
    id: item.package_id,
    name: item.package_name,
    ownerEmail: item.package_owner,
    ownerName: item.owner_name,
    status: item.package_status,
    folder: item.folder,
    unread: item.unread,
    nextSigner: item.next_signer,
    modifiedOn: parseServerDate(item.modified_on, serverTimeZone),
    uploadedOn: parseServerDate(item.uploaded_on, serverTimeZone),
  };
}

/** A workflow response in the contract's shape. */
export function toPackageDetail(body: z.output<typeof WorkflowResponse>): PackageDetail {
  return {
    id: body.package_id,
    name: body.package_name,
    status: body.package_status,
    ownerName: body.owner_name,
    workflowType: body.workflow?.workflow_type ?? '',
    ...senderMessageOf(body.workflow?.message ?? ''),
    documents: body.documents
      .map((d) => ({
        id: d.document_id,
        name: d.document_name,
        type: d.document_type,
        order: d.document_order,
        pages: d.document_pages,
        width: d.document_width,
        height: d.document_height,
      }))
      .sort((a, b) => a.order - b.order),
    users: body.users.map((u) => ({
      order: u.order,
      name: u.user_name,
      email: u.user_email,
      role: u.role,
      processStatus: u.process_status,
      ...(u.signing_order == null ? {} : { signingOrder: u.signing_order }),
    })),
  };
}

// Line breaks stay (a sender writes paragraphs); other control characters, bidi controls and lone surrogates go,
// as they do from every server text the renderer shows.
const HIDDEN_IN_MESSAGE = /(?!\n)[\p{Cc}\p{Bidi_Control}\p{Cs}\u2028\u2029]/gu;

/** The sender's message as the contract carries it: cleaned, and left out when nothing readable is left. */
export function senderMessageOf(raw: string): { senderMessage?: string } {
  const message = raw
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(HIDDEN_IN_MESSAGE, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return message === '' ? {} : { senderMessage: message };
}

/** The response lists each kind is read from: v4's `signature` is v3's `digital_signature`. */
const LISTS_OF: Partial<Record<FieldKind, readonly (keyof FieldsResponse)[]>> = { digital_signature: ['digital_signature', 'signature'] };

/** Flattens the per-kind field lists into one list; each radio group becomes one field. */
export function toFieldInfos(body: FieldsResponse): FieldInfo[] {
  return FIELD_KINDS.flatMap((kind) => {
    const items = (LISTS_OF[kind] ?? [kind]).flatMap((key) => body[key]);
    return kind === 'radio' ? toRadioGroups(items) : items.map((f) => toFieldInfo(kind, f));
  });
}

function toFieldInfo(kind: FieldKind, f: FieldItem): FieldInfo {
  return {
    name: f.field_name,
    kind,
    order: f.order,
    page: f.page_no,
    type: f.type,
    processed: isProcessed(f),
    processedBy: f.processed_by,
    otp: f.authentication ? toFieldOtp(f.authentication) : null,
    placeholder: f.placeholder,
    box: boxOf(f),
    value: isFormKind(kind) ? formValueFor(kind, f) : null,
    required: isRequired(f),
    readOnly: f.read_only,
    visible: f.visible !== false,
    maxLength: f.max_length ?? null,
    formatType: f.format_type,
    options: f.choices?.length ? f.choices : (f.options ?? []),
  };
}

/**
 * SigningHub sends one radio field per button, tied by `radio_group_name`; the app shows one group
 * whose options are the buttons' names and whose value is the chosen button's name.
 */
function toRadioGroups(buttons: FieldItem[]): FieldInfo[] {
  const groups = new Map<string, FieldItem[]>();
  for (const button of buttons) {
    const name = button.radio_group_name || button.field_name;
    const group = groups.get(name);
    if (group) group.push(button);
    else groups.set(name, [button]);
  }
  return [...groups].map(([name, group]) => {
    const first = group[0]!;
    const processedButton = group.find(isProcessed);
    return {
      ...toFieldInfo('radio', first),
      name,
      processed: processedButton !== undefined,
      processedBy: (processedButton ?? first).processed_by,
      box: unionBox(group.filter((b) => b.page_no === first.page_no).map(boxOf)),
      value: group.find(isChecked)?.field_name ?? '',
      required: group.some(isRequired),
      readOnly: group.every((b) => b.read_only),
      visible: group.some((b) => b.visible !== false),
      options: group.map((b) => b.field_name),
    };
  });
}

function toFieldOtp(auth: NonNullable<FieldItem['authentication']>): FieldOtp {
  const sms = auth.sms_otp;
  return {
    enabled: Boolean(auth.enabled && sms?.enabled),
    totp: Boolean(auth.totp?.enabled),
    length: sms?.otp_length ?? DEFAULT_OTP_LENGTH,
    retryDuration: sms?.retry_duration ?? DEFAULT_RETRY_SECONDS,
    mobileNumber: sms?.mobile_number ?? '',
  };
}

const isProcessed = (f: FieldItem): boolean => f.process_status === 'PROCESSED' || f.type === 'SIGNED';
const isRequired = (f: FieldItem): boolean => f.required || f.validation_rule.toUpperCase() === 'MANDATORY';
const isChecked = (f: FieldItem): boolean => f.value === true || f.value === 'true' || f.checked;

function boxOf(f: FieldItem): FieldBox | null {
  return f.dimensions ? { ...f.dimensions.field, pageWidth: f.dimensions.page.width, pageHeight: f.dimensions.page.height } : null;
}

/** The smallest box holding every given box, in the first one's page space. */
function unionBox(boxes: (FieldBox | null)[]): FieldBox | null {
  const present = boxes.filter((b): b is FieldBox => b !== null);
  const first = present[0];
  if (!first) return null;
  const x = Math.min(...present.map((b) => b.x));
  const y = Math.min(...present.map((b) => b.y));
  const right = Math.max(...present.map((b) => b.x + b.width));
  const bottom = Math.max(...present.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y, pageWidth: first.pageWidth, pageHeight: first.pageHeight };
}

// A DATE value may come as `1990-04-01 00:00:00 +00`; the date is what the signer sees and edits.
const DATE_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)? ?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Coerces a server value to the shape its kind uses, so the UI never sees a surprise type. */
function formValueFor(kind: FieldKind, f: FieldItem): FormValue {
  const { value } = f;
  if (kind === 'checkbox') return isChecked(f);
  // A list box is single-choice: a server that sends a list means its first item.
  if (Array.isArray(value)) return kind === 'text' ? value.join(', ') : (value[0] ?? '');
  if (typeof value !== 'string') return '';
  if (kind === 'text' && f.format_type.toUpperCase() === 'DATE') return DATE_WITH_TIME.exec(value.trim())?.[1] ?? value;
  return value;
}

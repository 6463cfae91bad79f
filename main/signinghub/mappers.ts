import { FIELD_KINDS, FORM_FIELD_KINDS, type FieldInfo, type FieldKind, type FormValue, type PackageDetail, type PackageSummary } from '../ipc/contract.js';
import type { FieldItem, FieldsResponse, PackageItem, WorkflowResponse } from './schemas.js';
import type { z } from 'zod';

const DEFAULT_OTP_LENGTH = 6;
const DEFAULT_RETRY_SECONDS = 60;

/** A package list item in the contract's shape. */
export function toPackageSummary(item: z.output<typeof PackageItem>): PackageSummary {
  return {
    id: item.package_id,
    name: item.package_name,
    ownerEmail: item.package_owner,
    ownerName: item.owner_name,
    status: item.package_status,
    folder: item.folder,
    unread: item.unread,
    nextSigner: item.next_signer,
    modifiedOn: item.modified_on,
    uploadedOn: item.uploaded_on,
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
    documents: body.documents
      .map((d) => ({ id: d.document_id, name: d.document_name, type: d.document_type, order: d.document_order, pages: d.document_pages, width: d.document_width, height: d.document_height }))
      .sort((a, b) => a.order - b.order),
    users: body.users.map((u) => ({ order: u.order, name: u.user_name, email: u.user_email, role: u.role, processStatus: u.process_status })),
  };
}

/** Flattens the per-kind field lists into one list, v4's `signature` folded into `digital_signature`. */
export function toFieldInfos(body: FieldsResponse): FieldInfo[] {
  const lists: Record<FieldKind, FieldsResponse[keyof FieldsResponse]> = {
    digital_signature: [...body.digital_signature, ...body.signature],
    electronic_signature: body.electronic_signature,
    in_person_signature: body.in_person_signature,
    initials: body.initials,
    text: body.text,
    radio: body.radio,
    checkbox: body.checkbox,
    dropdown: body.dropdown,
    listbox: body.listbox,
  };
  return FIELD_KINDS.flatMap((kind) =>
    lists[kind].map((f) => {
      const sms = f.authentication?.sms_otp;
      return {
        name: f.field_name,
        kind,
        order: f.order,
        page: f.page_no,
        type: f.type,
        processed: f.process_status === 'PROCESSED' || f.type === 'SIGNED',
        processedBy: f.processed_by,
        otp: f.authentication === undefined || f.authentication === null
          ? null
          : {
              enabled: Boolean(f.authentication.enabled && sms?.enabled),
              length: sms?.otp_length ?? DEFAULT_OTP_LENGTH,
              retryDuration: sms?.retry_duration ?? DEFAULT_RETRY_SECONDS,
              mobileNumber: sms?.mobile_number ?? '',
            },
        placeholder: f.placeholder,
        box: f.dimensions ? { ...f.dimensions.field, pageWidth: f.dimensions.page.width, pageHeight: f.dimensions.page.height } : null,
        value: FORM_KINDS.has(kind) ? formValueFor(kind, f.value) : null,
        required: f.required,
        maxLength: f.max_length ?? null,
        formatType: f.format_type,
        options: f.options ?? [],
      };
    }),
  );
}

const FORM_KINDS = new Set<FieldKind>(FORM_FIELD_KINDS);

/** Coerces a server value to the shape its kind uses, so the UI never sees a surprise type. */
function formValueFor(kind: FieldKind, value: FieldItem['value']): FormValue {
  if (kind === 'checkbox') return value === true || value === 'true';
  if (kind === 'listbox') return Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

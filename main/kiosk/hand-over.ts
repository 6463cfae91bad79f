// One hand-over: the facts of the one in-person field handed to a walk-up signer, read with the host's
// session. It holds nothing the signer typed: their name, picture and code pass through and are gone.
import { randomUUID } from 'node:crypto';
import type { FieldInfo, FieldRef, PackageDetail } from '../../shared/contract.js';
import type { HandOverInfo, IdleState } from '../../shared/hand-over-contract.js';
import { ApiFailure } from '../signinghub/api-failure.js';

/** What main keeps for the live hand-over; dropped whole when it ends. */
export interface HandOver {
  id: string;
  serverUrl: string;
  packageId: number;
  packageName: string;
  documentId: number;
  documentName: string;
  pages: number;
  fieldName: string;
  role: string;
  page: number;
  box: HandOverInfo['box'];
  code: HandOverInfo['code'];
  codeLength: number;
  retryDuration: number;
  mobileNumber: string;
}

/** The role shown when the field names none. */
export const DEFAULT_ROLE = 'Signer';

const refuse = (message: string): ApiFailure => new ApiFailure({ kind: 'forbidden', message });

/** Checks that `field` is an unsigned in-person field the host may hand over, and builds the hand-over. */
export function newHandOver(serverUrl: string, hostEmail: string, detail: PackageDetail, fields: readonly FieldInfo[], ref: FieldRef): HandOver {
  const document = detail.documents.find((d) => d.id === ref.documentId);
  const field = fields.find((f) => f.name === ref.fieldName);
  if (!document || !field) throw new ApiFailure({ kind: 'not_found', message: 'That field is not in this package any more.' });
  if (field.kind !== 'in_person_signature') throw refuse('Only an in-person signature field can be handed to a walk-up signer.');
  if (field.processed) throw refuse('This field is already signed.');
  const host = hostEmail.trim().toLowerCase();
  const hosts = detail.users.some((u) => u.order === field.order && u.email.trim().toLowerCase() === host);
  if (!hosts) throw refuse('You are not the host of this in-person field, so you cannot hand it over.');
  const otp = field.otp;
  return {
    id: randomUUID(),
    serverUrl,
    packageId: detail.id,
    packageName: detail.name,
    documentId: document.id,
    documentName: document.name,
    pages: Math.max(1, document.pages),
    fieldName: field.name,
    role: field.placeholder.trim() || DEFAULT_ROLE,
    page: field.page,
    box: field.box,
    code: otp?.totp ? 'totp' : otp?.enabled ? 'sms' : 'none',
    codeLength: otp?.length ?? 6,
    retryDuration: otp?.retryDuration ?? 60,
    mobileNumber: otp?.mobileNumber ?? '',
  };
}

/** What the hand-over window is told about its field. */
export function handOverInfo(handOver: HandOver, version: number, idle: IdleState): HandOverInfo {
  const { packageName, documentName, pages, role, fieldName, page, box, code, codeLength, retryDuration, mobileNumber } = handOver;
  return { version, packageName, documentName, pages, role, fieldName, page, box, code, codeLength, retryDuration, mobileNumber, idle };
}

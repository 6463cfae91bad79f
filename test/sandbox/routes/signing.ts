// Signing: the field OTP call, sign, and the remote-approval status poll.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bodyObject, header, optionalString, requiredString } from '../access';
import { fail, invalid, keyedFail, MESSAGES } from '../errors';
import { lookupDocument, noteProgress, ownEntry, requireTurn } from '../field-access';
import type { DocParams } from '../field-access';
import { SIGNATURE_KINDS } from '../model';
import type { DocumentRecord, Field } from '../model';
import { fieldOtpKey } from '../otp-store';
import { isBase64Png } from '../png-base64';
import { fieldStatus, isAwaitingApproval, markProcessed, startApproval } from '../remote-approval';
import type { SandboxState } from '../state';
import { isCurrentTotp } from '../totp';
import type { ApiVersion } from '../views';
import { ownerOf } from '../workflow';

const DEFAULT_OTP_LENGTH = 6;
const SIGN_STRINGS = [
  'hand_signature_image',
  'signing_reason',
  'signing_location',
  'contact_information',
  'user_name',
  'user_password',
  'appearance_design',
  'signing_capacity',
  'signing_server',
] as const;
const APPEARANCES = new Set(['COMPANY_LOGO', 'DETAILED_SIGNATURE', 'HAND_SIGNATURE']);

/** A signature field of the document by name; 400 when there is none. */
function signatureField(doc: DocumentRecord, name: string): Field {
  const f = doc.fields.find((x) => x.field_name === name && SIGNATURE_KINDS.includes(x.kind));
  if (!f) throw invalid();
  return f;
}

/**
 * What Sign demands in x-otp: the field's SMS code (announced, or demanded by the signing server
 * although the field shows none), an authenticator-app code, or nothing.
 */
function otpDemand(f: Field): 'sms' | 'totp' | null {
  if (f.totpSecret !== undefined) return 'totp';
  return f.sms_otp?.enabled === true || f.serverDemandsOtp === true ? 'sms' : null;
}

/** Throws Sign's 403 unless x-otp carries the code the field needs; an SMS code is good once. */
function checkSigningCode(state: SandboxState, request: FastifyRequest, doc: DocumentRecord, f: Field, demand: 'sms' | 'totp'): void {
  const code = header(request, 'x-otp')?.trim();
  if (!code) throw keyedFail('otp_required');
  if (demand === 'totp') {
    if (!isCurrentTotp(f.totpSecret ?? '', code)) throw fail(403, MESSAGES.otpMismatch);
    return;
  }
  const key = fieldOtpKey(doc.document_id, f.field_name);
  if (!state.otp.matches(key, code)) throw fail(403, MESSAGES.otpMismatch);
  state.otp.consume(key);
}

/** The sign body's members after SigningHub's model checks (types, appearance, PNG image). */
function signBody(raw: unknown): Record<string, unknown> & { field_name: string; image: string | undefined } {
  const body = bodyObject(raw);
  const fieldName = requiredString(body, 'field_name');
  for (const key of SIGN_STRINGS) optionalString(body, key);
  const appearance = optionalString(body, 'appearance_design');
  if (appearance !== undefined && !APPEARANCES.has(appearance)) throw invalid();
  if (body['skip_verification'] !== undefined && typeof body['skip_verification'] !== 'boolean') throw invalid();
  const image = optionalString(body, 'hand_signature_image');
  if (image !== undefined && !isBase64Png(image)) throw invalid();
  return { ...body, field_name: fieldName, image };
}

/** Registers the signing routes under a version prefix. */
export function registerSigningRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id/documents/:doc`;

  app.post<{ Params: DocParams }>(`${prefix}/otp`, async (request, reply) => {
    const { caller, pkg, doc } = lookupDocument(state, request, request.params);
    // The Error lab: this document's OTP call always fails this way.
    if (doc.otpFailure) throw fail(doc.otpFailure.status, doc.otpFailure.message);
    const f = signatureField(doc, requiredString(bodyObject(request.body), 'field_name'));
    if (f.process_status === 'PROCESSED') throw invalid();
    // An authenticator-app field has no SMS to send.
    if (f.totpSecret !== undefined && f.sms_otp?.enabled !== true) throw fail(400, MESSAGES.totpNoSms);
    const entry = ownerOf(pkg, f);
    if (!entry || entry.user_email !== caller.user.email) throw fail(403, MESSAGES.notAuthorized);
    // In-person signers have no profile: only the number on the field counts.
    const profileMobile = f.kind === 'in_person_signature' ? '' : (state.users.get(entry.user_email)?.mobile ?? '');
    const to = f.sms_otp?.mobile_number || profileMobile;
    if (!to) throw fail(400, MESSAGES.mobileNotSet);
    state.otp.send(fieldOtpKey(doc.document_id, f.field_name), to, f.sms_otp?.otp_length || DEFAULT_OTP_LENGTH, {
      package_id: pkg.package_id,
      document_id: doc.document_id,
      field_name: f.field_name,
    });
    return reply.code(200).send();
  });

  app.post<{ Params: DocParams }>(`${prefix}/sign`, async (request, reply) => {
    const { caller, pkg, doc } = lookupDocument(state, request, request.params);
    const body = signBody(request.body);
    // A token scoped to act as another user may do almost anything, but never sign.
    if (caller.grant.scoped) throw fail(403, MESSAGES.notAuthorized);
    const f = signatureField(doc, body.field_name);
    const inPerson = f.kind === 'in_person_signature';
    // Someone else's field is 403 even when done; the caller's own done field is 400.
    const entry = ownEntry(pkg, f, caller, inPerson ? 'INPERSON_HOST' : 'SIGNER');
    if (f.process_status === 'PROCESSED' || isAwaitingApproval(f)) throw invalid();
    requireTurn(pkg, entry);
    const userName = optionalString(body, 'user_name')?.trim() || null;
    if (inPerson && (userName === null || !body.image)) throw invalid();
    // Only a field that needs a code looks at x-otp.
    const demand = otpDemand(f);
    if (demand) checkSigningCode(state, request, doc, f, demand);
    const now = Date.now();
    f.signing_reason = optionalString(body, 'signing_reason') ?? '';
    f.signing_location = optionalString(body, 'signing_location') ?? '';
    f.contact_information = optionalString(body, 'contact_information') ?? '';
    const signer = inPerson && userName ? userName : caller.user.name;
    if (f.remoteApproval) startApproval(f, signer, now, state.settings.remoteApprovalDelayMs);
    else markProcessed(f, signer, now);
    noteProgress(state, pkg, doc, entry, now);
    const status = f.remoteApproval ? 'PENDING' : 'SIGNED';
    state.signatures.push({
      package_id: pkg.package_id,
      document_id: doc.document_id,
      field_name: f.field_name,
      method: f.kind,
      signed_by: caller.user.name,
      user_name: inPerson ? userName : null,
      has_image: body.image !== undefined,
      signing_reason: optionalString(body, 'signing_reason') ?? null,
      signing_location: optionalString(body, 'signing_location') ?? null,
      contact_information: optionalString(body, 'contact_information') ?? null,
      appearance_design: optionalString(body, 'appearance_design') ?? null,
      otp_checked: demand !== null,
      status,
      at: new Date(now).toISOString(),
    });
    state.history.add(pkg.package_id, {
      at: now,
      by: signer,
      email: caller.user.email,
      type: status === 'SIGNED' ? 'DOCUMENT_SIGNED' : 'REMOTE_SIGNING_STARTED',
      information: `${f.field_name} on ${doc.document_name}`,
    });
    // Some servers answer a completed signature with 200 and no body at all.
    if (f.emptySignAnswer) return reply.code(200).send();
    return { field_name: f.field_name, status, transaction_id: randomUUID(), verification: null };
  });

  app.post<{ Params: DocParams }>(`${prefix}/field/status`, async (request) => {
    const { pkg, doc } = lookupDocument(state, request, request.params);
    const f = signatureField(doc, requiredString(bodyObject(request.body), 'field_name'));
    return { status: fieldStatus(f, pkg.status === 'DECLINED') };
  });
}

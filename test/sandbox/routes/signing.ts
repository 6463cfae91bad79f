// Signing: the field OTP call, sign, remote-approval status, initials and form filling.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bodyObject, header, optionalString, requireDocument, requiredString, requirePackage, requireUser } from '../access';
import type { Caller } from '../access';
import { ApiFailure, fail, invalid, MESSAGES } from '../errors';
import { SIGNATURE_KINDS } from '../model';
import type { DocumentRecord, Field, FieldKind, PackageRecord, Recipient } from '../model';
import { fieldOtpKey } from '../otp-store';
import type { SandboxState } from '../state';
import type { ApiVersion } from '../views';
import { isActionable, isOpen, ownerOf, touch, waitsOnOthers } from '../workflow';

type DocParams = { id: string; doc: string };

const DEFAULT_OTP_LENGTH = 6;
const SIGN_STRINGS = [
  'hand_signature_image', 'signing_reason', 'signing_location', 'contact_information', 'user_name',
  'user_password', 'appearance_design', 'signing_capacity', 'signing_server',
] as const;
const APPEARANCES = new Set(['COMPANY_LOGO', 'DETAILED_SIGNATURE', 'HAND_SIGNATURE']);
const FORM_KINDS = ['text', 'radio', 'checkbox', 'dropdown', 'listbox'] as const;

/** A signature field of the document by name; 400 when there is none. */
function signatureField(doc: DocumentRecord, name: string): Field {
  const f = doc.fields.find((x) => x.field_name === name && SIGNATURE_KINDS.includes(x.kind));
  if (!f) throw invalid();
  return f;
}

/** The caller's open recipient entry for a field, whose turn it is; 403 otherwise. */
function actingEntry(pkg: PackageRecord, f: Field, caller: Caller, role: Recipient['role']): Recipient {
  const entry = ownerOf(pkg, f);
  if (!entry || entry.user_email !== caller.user.email || entry.role !== role || !isOpen(entry)) throw fail(403, MESSAGES.notAuthorized);
  if (!isActionable(pkg) || waitsOnOthers(pkg, entry)) throw fail(403, MESSAGES.notAuthorized);
  return entry;
}

function markProcessed(f: Field, by: string, now: number): void {
  f.process_status = 'PROCESSED';
  f.processed_by = by;
  f.processed_on = now;
  delete f.approvalPolls;
  delete f.pendingSigner;
}

/** Records that the caller has started on the package. */
function noteProgress(pkg: PackageRecord, doc: DocumentRecord, entry: Recipient, now: number): void {
  if (entry.process_status === 'UN_PROCESSED') entry.process_status = 'IN_PROGRESS';
  doc.modified_on = now;
  touch(pkg, now);
}

/** Checks a fill value against the field's kind and options; returns the value to store. */
function fillValue(f: Field, value: unknown): string | boolean | string[] {
  switch (f.kind) {
    case 'text':
      if (typeof value !== 'string' || value.length > (f.max_length ?? Infinity)) throw invalid();
      return value;
    case 'checkbox':
      if (typeof value !== 'boolean') throw invalid();
      return value;
    case 'radio':
    case 'dropdown':
      if (typeof value !== 'string' || (value !== '' && !(f.options ?? []).includes(value))) throw invalid();
      return value;
    case 'listbox': {
      const values = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(values) || !values.every((v) => typeof v === 'string' && (f.options ?? []).includes(v))) throw invalid();
      return values as string[];
    }
    default:
      throw invalid();
  }
}

/** Registers the signing routes under a version prefix. */
export function registerSigningRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id/documents/:doc`;

  const lookup = (request: FastifyRequest, params: DocParams) => {
    const caller = requireUser(state, request);
    const pkg = requirePackage(state, caller.user, params.id);
    return { caller, pkg, doc: requireDocument(state, pkg, params.doc) };
  };

  app.post<{ Params: DocParams }>(`${prefix}/otp`, async (request, reply) => {
    const { caller, pkg, doc } = lookup(request, request.params);
    // The Error lab: this document's OTP call always fails this way.
    if (doc.otpFailure) throw fail(doc.otpFailure.status, doc.otpFailure.message);
    const f = signatureField(doc, requiredString(bodyObject(request.body), 'field_name'));
    if (f.process_status === 'PROCESSED') throw invalid();
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

  app.post<{ Params: DocParams }>(`${prefix}/sign`, async (request) => {
    const { caller, pkg, doc } = lookup(request, request.params);
    const body = bodyObject(request.body);
    const fieldName = requiredString(body, 'field_name');
    for (const key of SIGN_STRINGS) optionalString(body, key);
    const appearance = optionalString(body, 'appearance_design');
    if (appearance !== undefined && !APPEARANCES.has(appearance)) throw invalid();
    if (body['skip_verification'] !== undefined && typeof body['skip_verification'] !== 'boolean') throw invalid();
    // A token scoped to act as another user may do almost anything, but never sign.
    if (caller.grant.scoped) throw fail(403, MESSAGES.notAuthorized);
    const f = signatureField(doc, fieldName);
    if (f.process_status === 'PROCESSED' || f.approvalPolls !== undefined) throw invalid();
    const inPerson = f.kind === 'in_person_signature';
    const entry = actingEntry(pkg, f, caller, inPerson ? 'INPERSON_HOST' : 'SIGNER');
    if (inPerson) {
      requiredString(body, 'user_name');
      requiredString(body, 'hand_signature_image');
    }
    if (f.sms_otp?.enabled) {
      const code = header(request, 'x-otp')?.trim();
      if (!code) throw new ApiFailure(403, { Error: 'otp_required', Message: MESSAGES.otpRequired });
      const key = fieldOtpKey(doc.document_id, f.field_name);
      if (!state.otp.matches(key, code)) throw fail(403, MESSAGES.otpMismatch);
      state.otp.consume(key);
    }
    const now = Date.now();
    f.signing_reason = optionalString(body, 'signing_reason') ?? '';
    const signer = inPerson ? String(body['user_name']) : caller.user.name;
    if (f.remoteApproval) {
      f.approvalPolls = 0;
      f.pendingSigner = signer;
    } else {
      markProcessed(f, signer, now);
    }
    noteProgress(pkg, doc, entry, now);
    return { field_name: f.field_name, status: f.remoteApproval ? 'PENDING' : 'SIGNED', transaction_id: randomUUID(), verification: null };
  });

  app.post<{ Params: DocParams }>(`${prefix}/field/status`, async (request) => {
    const { pkg, doc } = lookup(request, request.params);
    const f = signatureField(doc, requiredString(bodyObject(request.body), 'field_name'));
    if (f.approvalPolls !== undefined) {
      // The phone "approves" on the second poll, so clients exercise their polling loop.
      f.approvalPolls++;
      if (f.approvalPolls >= 2) markProcessed(f, f.pendingSigner ?? '', Date.now());
    }
    if (f.process_status === 'PROCESSED') return { status: 'SIGNED' };
    return { status: pkg.status === 'DECLINED' ? 'DECLINED' : 'PENDING' };
  });

  app.post<{ Params: DocParams }>(`${prefix}/initial`, async (request, reply) => {
    const { caller, pkg, doc } = lookup(request, request.params);
    const body = bodyObject(request.body);
    const name = requiredString(body, 'field_name');
    requiredString(body, 'image');
    if (body['apply_to_all'] !== undefined && typeof body['apply_to_all'] !== 'boolean') throw invalid();
    const f = doc.fields.find((x) => x.kind === 'initials' && x.field_name === name);
    if (!f) throw invalid();
    const entry = actingEntry(pkg, f, caller, 'SIGNER');
    const now = Date.now();
    const targets = body['apply_to_all'] === true ? doc.fields.filter((x) => x.kind === 'initials' && x.order === f.order) : [f];
    for (const t of targets) markProcessed(t, caller.user.name, now);
    noteProgress(pkg, doc, entry, now);
    return reply.code(200).send();
  });

  app.put<{ Params: DocParams }>(`${prefix}/fields`, async (request, reply) => {
    const { caller, pkg, doc } = lookup(request, request.params);
    const body = bodyObject(request.body);
    const updates: { f: Field; value: string | boolean | string[]; entry: Recipient }[] = [];
    // Validate everything first, so a bad item changes nothing.
    for (const [key, items] of Object.entries(body)) {
      if (!(FORM_KINDS as readonly string[]).includes(key) || !Array.isArray(items)) throw invalid();
      for (const item of items) {
        const obj = bodyObject(item);
        const name = requiredString(obj, 'field_name');
        const f = doc.fields.find((x) => x.kind === (key as FieldKind) && x.field_name === name);
        if (!f) throw invalid();
        const owner = ownerOf(pkg, f);
        const entry = actingEntry(pkg, f, caller, owner?.role === 'INPERSON_HOST' ? 'INPERSON_HOST' : 'SIGNER');
        updates.push({ f, value: fillValue(f, obj['value']), entry });
      }
    }
    const now = Date.now();
    for (const { f, value, entry } of updates) {
      f.value = value;
      markProcessed(f, caller.user.name, now);
      noteProgress(pkg, doc, entry, now);
    }
    return reply.code(200).send();
  });
}

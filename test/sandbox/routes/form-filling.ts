// Initials and form filling: the calls that complete a signer's non-signature fields.
import type { FastifyInstance } from 'fastify';
import { bodyObject, requiredString } from '../access';
import { invalid } from '../errors';
import { actingEntry, lookupDocument, noteProgress } from '../field-access';
import type { DocParams } from '../field-access';
import { fillValue } from '../form-values';
import { FORM_KINDS } from '../model';
import type { Field, Recipient } from '../model';
import { markProcessed } from '../remote-approval';
import type { SandboxState } from '../state';
import type { ApiVersion } from '../views';
import { ownerOf } from '../workflow';

/** Registers the initials and form-fill routes under a version prefix. */
export function registerFormFillingRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id/documents/:doc`;

  app.post<{ Params: DocParams }>(`${prefix}/initial`, async (request, reply) => {
    const { caller, pkg, doc } = lookupDocument(state, request, request.params);
    const body = bodyObject(request.body);
    const name = requiredString(body, 'field_name');
    requiredString(body, 'image');
    if (body['apply_to_all'] !== undefined && typeof body['apply_to_all'] !== 'boolean') throw invalid();
    const f = doc.fields.find((x) => x.kind === 'initials' && x.field_name === name);
    if (!f) throw invalid();
    const entry = actingEntry(pkg, f, caller, 'SIGNER');
    const now = Date.now();
    const targets = body['apply_to_all'] === true ? doc.fields.filter((x) => x.kind === 'initials' && x.order === f.order) : [f];
    for (const t of targets) {
      markProcessed(t, caller.user.name, now);
      state.signatures.push({
        package_id: pkg.package_id,
        document_id: doc.document_id,
        field_name: t.field_name,
        method: 'initials',
        signed_by: caller.user.name,
        user_name: null,
        has_image: true,
        signing_reason: null,
        signing_location: null,
        contact_information: null,
        appearance_design: null,
        otp_checked: false,
        status: 'SIGNED',
        at: new Date(now).toISOString(),
      });
    }
    noteProgress(state, pkg, doc, entry, now);
    return reply.code(200).send();
  });

  app.put<{ Params: DocParams }>(`${prefix}/fields`, async (request, reply) => {
    const { caller, pkg, doc } = lookupDocument(state, request, request.params);
    const body = bodyObject(request.body);
    const updates: { f: Field; value: string | boolean; entry: Recipient }[] = [];
    // Validate everything first, so a bad item changes nothing.
    for (const [key, items] of Object.entries(body)) {
      if (key === 'auto_save') {
        if (typeof items !== 'boolean') throw invalid();
        continue;
      }
      if (!(FORM_KINDS as readonly string[]).includes(key) || !Array.isArray(items)) throw invalid();
      for (const item of items) {
        const obj = bodyObject(item);
        const name = requiredString(obj, 'field_name');
        const f = doc.fields.find((x) => x.kind === key && x.field_name === name);
        if (!f) throw invalid();
        const entry = actingEntry(pkg, f, caller, ownerOf(pkg, f)?.role === 'INPERSON_HOST' ? 'INPERSON_HOST' : 'SIGNER');
        updates.push({ f, value: fillValue(f, obj), entry });
      }
    }
    const now = Date.now();
    for (const { f, value, entry } of updates) {
      // Choosing a radio button clears the other buttons of its group.
      const group = f.kind === 'radio' && value === true ? doc.fields.filter((x) => x.kind === 'radio' && x.radio_group_name === f.radio_group_name) : [f];
      for (const x of group) {
        x.value = x === f ? value : false;
        markProcessed(x, caller.user.name, now);
      }
      noteProgress(state, pkg, doc, entry, now);
    }
    return reply.code(200).send();
  });
}

// Opening a protected package: "Open Document via OTP (Generate)" texts the recipient an opening
// code, and "Open Document via Password" unlocks the package for that recipient.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { bodyObject, positiveInt, requirePackage, requiredString, requireUser } from '../access';
import { fail, invalid, keyedFail, MESSAGES } from '../errors';
import type { PackageRecord, User } from '../model';
import { packageOtpKey } from '../otp-store';
import { ACCESS_OTP_LENGTH } from '../protection';
import type { SandboxState } from '../state';
import type { ApiVersion } from '../views';

type AccessParams = { id: string; order: string };

/** The caller and package, once the workflow's recipient `order` is the caller; 403 otherwise. */
function recipientCall(state: SandboxState, request: FastifyRequest, params: AccessParams): { user: User; pkg: PackageRecord } {
  const { user } = requireUser(state, request);
  const pkg = requirePackage(state, user, params.id);
  const order = positiveInt(params.order);
  const entry = pkg.recipients.find((r) => r.order === order);
  if (!entry || entry.user_email !== user.email) throw fail(403, MESSAGES.notAuthorized);
  return { user, pkg };
}

/** Registers the opening-code and password-unlock calls under a version prefix. */
export function registerPackageAccessRoutes(app: FastifyInstance, state: SandboxState, version: ApiVersion): void {
  const prefix = `/${version}/packages/:id/workflow/:order/authentication`;

  app.post<{ Params: AccessParams }>(`${prefix}/otp`, async (request, reply) => {
    const { user, pkg } = recipientCall(state, request, request.params);
    if (pkg.protection?.kind !== 'otp') throw invalid();
    if (!user.mobile) throw fail(400, MESSAGES.mobileNotSet);
    state.otp.send(packageOtpKey(pkg.package_id, user.email), user.mobile, ACCESS_OTP_LENGTH, {
      package_id: pkg.package_id,
      document_id: null,
      field_name: null,
    });
    return reply.code(200).send();
  });

  app.post<{ Params: AccessParams }>(`${prefix}/password`, async (request) => {
    const { user, pkg } = recipientCall(state, request, request.params);
    const password = requiredString(bodyObject(request.body), 'password');
    const protection = pkg.protection;
    if (protection?.kind !== 'password') throw invalid();
    if (password !== protection.password) throw keyedFail('invalid_credentials');
    if (!protection.unlockedBy.includes(user.email)) protection.unlockedBy.push(user.email);
    return { Message: MESSAGES.accessGranted };
  });
}

// Bearer-token checks and package/document look-ups shared by the resource routes.
import type { FastifyRequest } from 'fastify';
import { fail, invalid, MESSAGES } from './errors';
import type { DocumentRecord, PackageRecord, User } from './model';
import type { SandboxState } from './state';
import type { AccessGrant } from './tokens';

/** A caller with a normal token for a real user. */
export interface Caller {
  user: User;
  grant: AccessGrant;
}

/** The bearer token of a request, or null. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/** Any valid token, restricted login-OTP tokens included; 401 otherwise. */
export function requireGrant(state: SandboxState, request: FastifyRequest): AccessGrant {
  const token = bearerToken(request);
  if (!token) throw fail(401, MESSAGES.authorizationDenied);
  const check = state.tokens.check(token);
  if (check.state === 'unknown') throw fail(401, MESSAGES.authorizationDenied);
  if (check.state === 'expired') throw fail(401, MESSAGES.invalidAccessToken);
  return check.grant;
}

/** A normal token for a user: restricted tokens get 401, client-only tokens 401 `User authentication required`. */
export function requireUser(state: SandboxState, request: FastifyRequest): Caller {
  const grant = requireGrant(state, request);
  if (grant.kind !== 'access') throw fail(401, MESSAGES.authorizationDenied);
  if (grant.email === null) throw fail(401, MESSAGES.userAuthenticationRequired);
  const user = state.users.get(grant.email);
  if (!user) throw fail(401, MESSAGES.authorizationDenied);
  if (!user.active) throw fail(403, MESSAGES.accountDisabled);
  return { user, grant };
}

/** Parses a positive integer path segment; 400 otherwise. */
export function positiveInt(value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw invalid();
  const n = Number(value);
  if (n < 1) throw invalid();
  return n;
}

/** The package with this id if the user may see it: 404 when unknown, 403 when someone else's. */
export function requirePackage(state: SandboxState, user: User, id: string): PackageRecord {
  const pkg = /^\d{1,9}$/.test(id) ? state.packages.get(Number(id)) : undefined;
  if (!pkg) throw fail(404, MESSAGES.documentNotFound);
  if (!state.canSee(pkg, user.email)) throw fail(403, MESSAGES.notYourDocument);
  return pkg;
}

/** A document of the package: 404 `Document not found` when it is not there. */
export function requireDocument(state: SandboxState, pkg: PackageRecord, id: string): DocumentRecord {
  const doc = /^\d{1,12}$/.test(id) ? state.documentsOf(pkg).find((d) => d.document_id === Number(id)) : undefined;
  if (!doc) throw fail(404, MESSAGES.documentNotFound);
  return doc;
}

/** The request body as an object; an absent body is `{}`, anything else that is not an object is 400. */
export function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw invalid();
  return body as Record<string, unknown>;
}

/** A required non-empty string member of a body; 400 otherwise. */
export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value.trim() === '') throw invalid();
  return value;
}

/** An optional string member of a body; 400 when present but not a string. */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid();
  return value;
}

/** A single request header as a string (the first when repeated), or undefined. */
export function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

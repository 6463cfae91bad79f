// Injected faults: latency, error statuses, malformed JSON and dropped connections.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { fail, MESSAGES } from './errors';

/** A fault as posted to `POST /_sandbox/faults`. */
export interface FaultSpec {
  /** HTTP method to match; any method when absent. */
  method?: string;
  /** Regular expression source, matched against the URL path (no query). */
  path: string;
  /** How many matching requests to fault; unlimited when absent. */
  times?: number;
  latencyMs?: number;
  status?: number;
  /** Sends `{"Message": message}` with `status` (default 500). */
  message?: string;
  /** Raw response body, sent with `status` (default 200). */
  body?: string;
  /** 200 with a body that is not valid JSON. */
  malformedJson?: true;
  /** Destroys the socket without any response. */
  drop?: true;
  /** Lets the route run (so the sign or OTP really happens), then destroys the socket instead of answering. */
  dropAfter?: true;
  /** Lets the route answer, sends the first half of its body, then destroys the socket (a download cut halfway). */
  dropMidBody?: true;
  /** Lets the route answer, sends the first half of its body, waits this long, then sends the rest (a slow download). */
  stallMidBodyMs?: number;
  /**
   * Response headers, e.g. `{"location": "https://login.example.com/sso"}` with status 302, or
   * `{"retry-after": "2"}` with 429. Alone, they are added to the route's own answer.
   */
  headers?: Record<string, string>;
  /** Content-Type of the fault's answer (status, message, body or malformedJson), e.g. "text/html". */
  contentType?: string;
}

/** A registered fault. */
export interface Fault extends FaultSpec {
  id: number;
  /** Matching requests still to fault; null is unlimited. */
  remaining: number | null;
}

const bad = (why: string): Error => fail(400, `Invalid fault: ${why}`);

const DEFAULT_MESSAGES: Record<number, string> = {
  400: MESSAGES.validationFailed,
  401: MESSAGES.authorizationDenied,
  403: MESSAGES.notAuthorized,
  404: MESSAGES.documentNotFound,
  500: MESSAGES.internalError,
};

/** Validates a posted fault; throws a 400 that says what is wrong. */
export function parseFaultSpec(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('the body must be a JSON object');
  const raw = input as Record<string, unknown>;
  const known = new Set([
    'method',
    'path',
    'times',
    'latencyMs',
    'status',
    'message',
    'body',
    'malformedJson',
    'drop',
    'dropAfter',
    'dropMidBody',
    'stallMidBodyMs',
    'headers',
    'contentType',
  ]);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw bad(`unknown key "${key}"`);
  if (typeof raw['path'] !== 'string' || raw['path'] === '') throw bad('"path" must be a non-empty regular expression source');
  try {
    new RegExp(raw['path']);
  } catch {
    throw bad('"path" is not a valid regular expression');
  }
  const spec: FaultSpec = { path: raw['path'] };
  const { method, times, latencyMs, status, message, body, malformedJson, drop, dropAfter, dropMidBody, stallMidBodyMs, headers, contentType } = raw;
  if (method !== undefined) {
    if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) throw bad('"method" must be an HTTP method');
    spec.method = method.toUpperCase();
  }
  if (times !== undefined) {
    if (!Number.isInteger(times) || (times as number) < 1) throw bad('"times" must be a positive integer');
    spec.times = times as number;
  }
  if (latencyMs !== undefined) {
    if (typeof latencyMs !== 'number' || !Number.isFinite(latencyMs) || latencyMs < 0 || latencyMs > 600_000) {
      throw bad('"latencyMs" must be a number of milliseconds from 0 to 600000');
    }
    spec.latencyMs = latencyMs;
  }
  if (status !== undefined) {
    if (!Number.isInteger(status) || (status as number) < 100 || (status as number) > 599) throw bad('"status" must be an HTTP status code');
    spec.status = status as number;
  }
  if (message !== undefined) {
    if (typeof message !== 'string') throw bad('"message" must be a string');
    spec.message = message;
  }
  if (body !== undefined) {
    if (typeof body !== 'string') throw bad('"body" must be a string');
    spec.body = body;
  }
  if (malformedJson !== undefined) {
    if (malformedJson !== true) throw bad('"malformedJson" must be true when present');
    spec.malformedJson = true;
  }
  if (drop !== undefined) {
    if (drop !== true) throw bad('"drop" must be true when present');
    spec.drop = true;
  }
  if (dropAfter !== undefined) {
    if (dropAfter !== true) throw bad('"dropAfter" must be true when present');
    spec.dropAfter = true;
  }
  if (dropMidBody !== undefined) {
    if (dropMidBody !== true) throw bad('"dropMidBody" must be true when present');
    spec.dropMidBody = true;
  }
  if (stallMidBodyMs !== undefined) {
    if (typeof stallMidBodyMs !== 'number' || !Number.isFinite(stallMidBodyMs) || stallMidBodyMs < 0 || stallMidBodyMs > 600_000) {
      throw bad('"stallMidBodyMs" must be a number of milliseconds from 0 to 600000');
    }
    spec.stallMidBodyMs = stallMidBodyMs;
  }
  if (headers !== undefined) spec.headers = parseHeaders(headers);
  if (contentType !== undefined) {
    if (typeof contentType !== 'string' || !/^[\w.+-]+\/[\w.+-]+(;.*)?$/.test(contentType) || /[\r\n]/.test(contentType)) {
      throw bad('"contentType" must be a media type such as "text/html"');
    }
    spec.contentType = contentType;
  }
  const midBody = [spec.dropMidBody, spec.stallMidBodyMs !== undefined].filter(Boolean).length;
  const outcomes = [spec.message !== undefined, spec.body !== undefined, spec.malformedJson, spec.drop, spec.dropAfter].filter(Boolean).length + midBody;
  if (outcomes > 1) throw bad('use at most one of "message", "body", "malformedJson", "drop", "dropAfter", "dropMidBody" and "stallMidBodyMs"');
  const answers = outcomes > 0 || spec.status !== undefined;
  if (!answers && spec.latencyMs === undefined && spec.headers === undefined) {
    throw bad(
      'give at least one of "latencyMs", "status", "message", "body", "malformedJson", "drop", "dropAfter", "dropMidBody", "stallMidBodyMs" or "headers"',
    );
  }
  if (spec.contentType !== undefined && (!answers || spec.drop || spec.dropAfter || midBody > 0))
    throw bad('"contentType" needs "status", "message", "body" or "malformedJson"');
  return spec;
}

/** Header names are HTTP tokens; values are strings without line breaks. */
function parseHeaders(input: unknown): Record<string, string> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('"headers" must be an object of header names and string values');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw bad(`"headers" has an invalid header name "${name}"`);
    if (typeof value !== 'string' || /[\r\n]/.test(value)) throw bad(`"headers.${name}" must be a string without line breaks`);
    headers[name.toLowerCase()] = value;
  }
  return headers;
}

/** The registered faults, first match wins. */
export class FaultList {
  private faults: Fault[] = [];
  private nextId = 1;

  /** Registers a fault and returns it. */
  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, id: this.nextId++, remaining: spec.times ?? null };
    this.faults.push(fault);
    return fault;
  }

  /** The faults still active. */
  list(): Fault[] {
    return [...this.faults];
  }

  /** Removes one fault; false when there was none with that id. */
  remove(id: number): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  /** Removes every fault. */
  clear(): void {
    this.faults = [];
  }

  /** The first fault matching the request, counting it against `times`. */
  take(method: string, path: string): Fault | null {
    const fault = this.faults.find((f) => (f.method === undefined || f.method === method.toUpperCase()) && new RegExp(f.path).test(path));
    if (!fault) return null;
    if (fault.remaining !== null) {
      fault.remaining--;
      if (fault.remaining <= 0) this.remove(fault.id);
    }
    return fault;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies a fault from a preHandler hook. Returns true when it answered (or dropped) the request;
 * false when it only added latency and the route should run.
 */
export async function applyFault(fault: Fault, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  if (fault.latencyMs) await sleep(fault.latencyMs);
  if (fault.drop) {
    reply.hijack();
    request.raw.socket.destroy();
    return true;
  }
  // Set now, so they go out with the fault's answer or, when the route runs, with the route's.
  if (fault.headers) reply.headers(fault.headers);
  const type = fault.contentType ?? 'application/json';
  if (fault.malformedJson) {
    reply
      .code(fault.status ?? 200)
      .type(type)
      .send('{"Message": "this body is cut sh');
    return true;
  }
  if (fault.body !== undefined) {
    reply
      .code(fault.status ?? 200)
      .type(type)
      .send(fault.body);
    return true;
  }
  if (fault.message !== undefined || fault.status !== undefined) {
    const status = fault.status ?? 500;
    reply
      .code(status)
      .type(type)
      .send(JSON.stringify({ Message: fault.message ?? DEFAULT_MESSAGES[status] ?? STATUS_CODES[status] ?? 'Error' }));
    return true;
  }
  return false;
}

/** True for the faults that act on the route's answer while it is sent (a cut or a stall halfway). */
export const actsMidBody = (fault: Fault): boolean => fault.dropMidBody === true || fault.stallMidBodyMs !== undefined;

/**
 * Sends the first half of a body, then cuts the connection or, for a stall, waits and sends the rest.
 * Content-Length stays the full size, so the client knows the body was cut short.
 */
export function midBodyStream(fault: Fault, payload: Buffer, socket: Socket): PassThrough {
  const stream = new PassThrough();
  const half = Math.floor(payload.length / 2);
  stream.write(payload.subarray(0, half));
  const rest = () => {
    if (fault.dropMidBody) socket.destroy();
    else stream.end(payload.subarray(half));
  };
  // Let the first half reach the client before the cut.
  setTimeout(rest, fault.dropMidBody ? 50 : (fault.stallMidBodyMs ?? 0));
  return stream;
}
